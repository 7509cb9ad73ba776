# AegisRT WCET profile, written by 'aegisrt profile'; read by 'aegisrt admit|run
# --wcet-profile' (include/aegis/profile.h). Times in ns: execution = finish -
# start of each job run alone, back to back; wcet = ceil(max * margin);
# dispatch_overhead = start - release over every job.
# curve: the model alone on one lane of each size (lane_sizes); interference (where
# measured) = p99 with a memory-bound neighbour on another lane / p99 alone.
# device_memory: bytes outside the memory pool, measured as drops of free device
# memory (docs/MEMORY.md).
version: 3
workload: "examples/edge-24-gpu.yaml"
device: "cuda"
device_name: "NVIDIA H100 80GB HBM3"
device_profile: "orin-agx-8g"
lanes: 4
runs: 30
margin: 1.2
dispatch_overhead: {p50_ns: 241, p99_ns: 2838, max_ns: 3086}
device_memory: {driver_fixed: 1988952064, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 316137
    p50_ns: 317255
    p99_ns: 332037
    p999_ns: 332037
    max_ns: 332037
    wcet_ns: 398445
    curve:
      - {sms: 4, runs: 30, p50_ns: 317978, p99_ns: 329619, max_ns: 329619, wcet_ns: 395543}
      - {sms: 8, runs: 30, p50_ns: 175248, p99_ns: 185021, max_ns: 185021, wcet_ns: 222026}
      - {sms: 16, runs: 30, p50_ns: 111494, p99_ns: 123045, max_ns: 123045, wcet_ns: 147654}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 467061
    p50_ns: 468206
    p99_ns: 485296
    p999_ns: 485296
    max_ns: 485296
    wcet_ns: 582356
    curve:
      - {sms: 4, runs: 30, p50_ns: 469077, p99_ns: 485319, max_ns: 485319, wcet_ns: 582383}
      - {sms: 8, runs: 30, p50_ns: 249857, p99_ns: 262447, max_ns: 262447, wcet_ns: 314937}
      - {sms: 16, runs: 30, p50_ns: 153504, p99_ns: 164576, max_ns: 164576, wcet_ns: 197492}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 287355
    p50_ns: 288625
    p99_ns: 316772
    p999_ns: 316772
    max_ns: 316772
    wcet_ns: 380127
    curve:
      - {sms: 4, runs: 30, p50_ns: 288952, p99_ns: 308905, max_ns: 308905, wcet_ns: 370686}
      - {sms: 8, runs: 30, p50_ns: 160440, p99_ns: 171733, max_ns: 171733, wcet_ns: 206080}
      - {sms: 16, runs: 30, p50_ns: 103388, p99_ns: 113031, max_ns: 113031, wcet_ns: 135638}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 212226
    p50_ns: 213469
    p99_ns: 232208
    p999_ns: 232208
    max_ns: 232208
    wcet_ns: 278650
    curve:
      - {sms: 4, runs: 30, p50_ns: 216235, p99_ns: 232890, max_ns: 232890, wcet_ns: 279468}
      - {sms: 8, runs: 30, p50_ns: 123440, p99_ns: 147939, max_ns: 147939, wcet_ns: 177527}
      - {sms: 16, runs: 30, p50_ns: 86358, p99_ns: 106728, max_ns: 106728, wcet_ns: 128074}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 683837
    p50_ns: 686514
    p99_ns: 719700
    p999_ns: 719700
    max_ns: 719700
    wcet_ns: 863640
    curve:
      - {sms: 4, runs: 30, p50_ns: 687150, p99_ns: 707460, max_ns: 707460, wcet_ns: 848952}
      - {sms: 8, runs: 30, p50_ns: 369428, p99_ns: 382459, max_ns: 382459, wcet_ns: 458951}
      - {sms: 16, runs: 30, p50_ns: 205502, p99_ns: 221282, max_ns: 221282, wcet_ns: 265539}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 558654
    p50_ns: 560063
    p99_ns: 579355
    p999_ns: 579355
    max_ns: 579355
    wcet_ns: 695226
    curve:
      - {sms: 4, runs: 30, p50_ns: 560376, p99_ns: 582491, max_ns: 582491, wcet_ns: 698990}
      - {sms: 8, runs: 30, p50_ns: 300124, p99_ns: 308652, max_ns: 308652, wcet_ns: 370383}
      - {sms: 16, runs: 30, p50_ns: 179072, p99_ns: 192301, max_ns: 192301, wcet_ns: 230762}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 771305
    p50_ns: 773526
    p99_ns: 805228
    p999_ns: 805228
    max_ns: 805228
    wcet_ns: 966274
    curve:
      - {sms: 4, runs: 30, p50_ns: 773709, p99_ns: 809524, max_ns: 809524, wcet_ns: 971429}
      - {sms: 8, runs: 30, p50_ns: 415304, p99_ns: 428209, max_ns: 428209, wcet_ns: 513851}
      - {sms: 16, runs: 30, p50_ns: 234255, p99_ns: 242816, max_ns: 242816, wcet_ns: 291380}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1821942
    p50_ns: 1824899
    p99_ns: 1837242
    p999_ns: 1837242
    max_ns: 1837242
    wcet_ns: 2204691
    curve:
      - {sms: 4, runs: 30, p50_ns: 1823734, p99_ns: 1842377, max_ns: 1842377, wcet_ns: 2210853}
      - {sms: 8, runs: 30, p50_ns: 942830, p99_ns: 956879, max_ns: 956879, wcet_ns: 1148255}
      - {sms: 16, runs: 30, p50_ns: 533607, p99_ns: 547720, max_ns: 547720, wcet_ns: 657264}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1372561
    p50_ns: 1374529
    p99_ns: 1415255
    p999_ns: 1415255
    max_ns: 1415255
    wcet_ns: 1698306
    curve:
      - {sms: 4, runs: 30, p50_ns: 1375528, p99_ns: 1440240, max_ns: 1440240, wcet_ns: 1728288}
      - {sms: 8, runs: 30, p50_ns: 713222, p99_ns: 724426, max_ns: 724426, wcet_ns: 869312}
      - {sms: 16, runs: 30, p50_ns: 406416, p99_ns: 409672, max_ns: 409672, wcet_ns: 491607}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1074019
    p50_ns: 1076246
    p99_ns: 1108870
    p999_ns: 1108870
    max_ns: 1108870
    wcet_ns: 1330644
    curve:
      - {sms: 4, runs: 30, p50_ns: 1075998, p99_ns: 1106930, max_ns: 1106930, wcet_ns: 1328316}
      - {sms: 8, runs: 30, p50_ns: 565084, p99_ns: 583436, max_ns: 583436, wcet_ns: 700124}
      - {sms: 16, runs: 30, p50_ns: 315585, p99_ns: 330361, max_ns: 330361, wcet_ns: 396434}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 467001
    p50_ns: 468402
    p99_ns: 483276
    p999_ns: 483276
    max_ns: 483276
    wcet_ns: 579932
    curve:
      - {sms: 4, runs: 30, p50_ns: 468837, p99_ns: 480024, max_ns: 480024, wcet_ns: 576029}
      - {sms: 8, runs: 30, p50_ns: 249143, p99_ns: 261386, max_ns: 261386, wcet_ns: 313664}
      - {sms: 16, runs: 30, p50_ns: 153463, p99_ns: 190150, max_ns: 190150, wcet_ns: 228180}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1073624
    p50_ns: 1076140
    p99_ns: 1140262
    p999_ns: 1140262
    max_ns: 1140262
    wcet_ns: 1368315
    curve:
      - {sms: 4, runs: 30, p50_ns: 1077213, p99_ns: 1161099, max_ns: 1161099, wcet_ns: 1393319}
      - {sms: 8, runs: 30, p50_ns: 566554, p99_ns: 577968, max_ns: 577968, wcet_ns: 693562}
      - {sms: 16, runs: 30, p50_ns: 316886, p99_ns: 326948, max_ns: 326948, wcet_ns: 392338}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1068998
    p50_ns: 1071140
    p99_ns: 1090342
    p999_ns: 1090342
    max_ns: 1090342
    wcet_ns: 1308411
    curve:
      - {sms: 4, runs: 30, p50_ns: 1072177, p99_ns: 1103716, max_ns: 1103716, wcet_ns: 1324460}
      - {sms: 8, runs: 30, p50_ns: 562533, p99_ns: 578179, max_ns: 578179, wcet_ns: 693815}
      - {sms: 16, runs: 30, p50_ns: 313925, p99_ns: 325396, max_ns: 325396, wcet_ns: 390476}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 927929
    p50_ns: 930433
    p99_ns: 945869
    p999_ns: 945869
    max_ns: 945869
    wcet_ns: 1135043
    curve:
      - {sms: 4, runs: 30, p50_ns: 931167, p99_ns: 959095, max_ns: 959095, wcet_ns: 1150914}
      - {sms: 8, runs: 30, p50_ns: 494338, p99_ns: 503195, max_ns: 503195, wcet_ns: 603834}
      - {sms: 16, runs: 30, p50_ns: 326403, p99_ns: 339921, max_ns: 339921, wcet_ns: 407906}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1223656
    p50_ns: 1224964
    p99_ns: 1239016
    p999_ns: 1239016
    max_ns: 1239016
    wcet_ns: 1486820
    curve:
      - {sms: 4, runs: 30, p50_ns: 1226463, p99_ns: 1236974, max_ns: 1236974, wcet_ns: 1484369}
      - {sms: 8, runs: 30, p50_ns: 642516, p99_ns: 652753, max_ns: 652753, wcet_ns: 783304}
      - {sms: 16, runs: 30, p50_ns: 390509, p99_ns: 397797, max_ns: 397797, wcet_ns: 477357}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 766509
    p50_ns: 767496
    p99_ns: 780094
    p999_ns: 780094
    max_ns: 780094
    wcet_ns: 936113
    curve:
      - {sms: 4, runs: 30, p50_ns: 768090, p99_ns: 795908, max_ns: 795908, wcet_ns: 955090}
      - {sms: 8, runs: 30, p50_ns: 408151, p99_ns: 419870, max_ns: 419870, wcet_ns: 503844}
      - {sms: 16, runs: 30, p50_ns: 245868, p99_ns: 256128, max_ns: 256128, wcet_ns: 307354}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1823429
    p50_ns: 1827694
    p99_ns: 1881151
    p999_ns: 1881151
    max_ns: 1881151
    wcet_ns: 2257382
    curve:
      - {sms: 4, runs: 30, p50_ns: 1828570, p99_ns: 1887413, max_ns: 1887413, wcet_ns: 2264896}
      - {sms: 8, runs: 30, p50_ns: 962000, p99_ns: 979407, max_ns: 979407, wcet_ns: 1175289}
      - {sms: 16, runs: 30, p50_ns: 629229, p99_ns: 637525, max_ns: 637525, wcet_ns: 765030}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3022225
    p50_ns: 3025044
    p99_ns: 3037046
    p999_ns: 3037046
    max_ns: 3037046
    wcet_ns: 3644456
    curve:
      - {sms: 4, runs: 30, p50_ns: 3026362, p99_ns: 3035411, max_ns: 3035411, wcet_ns: 3642494}
      - {sms: 8, runs: 30, p50_ns: 1553785, p99_ns: 1569732, max_ns: 1569732, wcet_ns: 1883679}
      - {sms: 16, runs: 30, p50_ns: 915003, p99_ns: 920025, max_ns: 920025, wcet_ns: 1104030}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2121535
    p50_ns: 2123226
    p99_ns: 2137121
    p999_ns: 2137121
    max_ns: 2137121
    wcet_ns: 2564546
    curve:
      - {sms: 4, runs: 30, p50_ns: 2125224, p99_ns: 2142350, max_ns: 2142350, wcet_ns: 2570820}
      - {sms: 8, runs: 30, p50_ns: 1098556, p99_ns: 1107360, max_ns: 1107360, wcet_ns: 1328832}
      - {sms: 16, runs: 30, p50_ns: 653290, p99_ns: 662119, max_ns: 662119, wcet_ns: 794543}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2418206
    p50_ns: 2422172
    p99_ns: 2434203
    p999_ns: 2434203
    max_ns: 2434203
    wcet_ns: 2921044
    curve:
      - {sms: 4, runs: 30, p50_ns: 2422614, p99_ns: 2436607, max_ns: 2436607, wcet_ns: 2923929}
      - {sms: 8, runs: 30, p50_ns: 1265479, p99_ns: 1279850, max_ns: 1279850, wcet_ns: 1535820}
      - {sms: 16, runs: 30, p50_ns: 822264, p99_ns: 834779, max_ns: 834779, wcet_ns: 1001735}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2720873
    p50_ns: 2724237
    p99_ns: 2736115
    p999_ns: 2736115
    max_ns: 2736115
    wcet_ns: 3283338
    curve:
      - {sms: 4, runs: 30, p50_ns: 2725574, p99_ns: 2738042, max_ns: 2738042, wcet_ns: 3285651}
      - {sms: 8, runs: 30, p50_ns: 1403365, p99_ns: 1410415, max_ns: 1410415, wcet_ns: 1692498}
      - {sms: 16, runs: 30, p50_ns: 835058, p99_ns: 845448, max_ns: 845448, wcet_ns: 1014538}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 1521827
    p50_ns: 1524759
    p99_ns: 1571718
    p999_ns: 1571718
    max_ns: 1571718
    wcet_ns: 1886062
    curve:
      - {sms: 4, runs: 30, p50_ns: 1529223, p99_ns: 1576683, max_ns: 1576683, wcet_ns: 1892020}
      - {sms: 8, runs: 30, p50_ns: 792578, p99_ns: 810030, max_ns: 810030, wcet_ns: 972036}
      - {sms: 16, runs: 30, p50_ns: 450917, p99_ns: 458709, max_ns: 458709, wcet_ns: 550451}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 1218384
    p50_ns: 1220506
    p99_ns: 1256898
    p999_ns: 1256898
    max_ns: 1256898
    wcet_ns: 1508278
    curve:
      - {sms: 4, runs: 30, p50_ns: 1222851, p99_ns: 1261239, max_ns: 1261239, wcet_ns: 1513487}
      - {sms: 8, runs: 30, p50_ns: 653162, p99_ns: 664249, max_ns: 664249, wcet_ns: 797099}
      - {sms: 16, runs: 30, p50_ns: 417261, p99_ns: 428390, max_ns: 428390, wcet_ns: 514068}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 917892
    p50_ns: 919151
    p99_ns: 935267
    p999_ns: 935267
    max_ns: 935267
    wcet_ns: 1122321
    curve:
      - {sms: 4, runs: 30, p50_ns: 922269, p99_ns: 930938, max_ns: 930938, wcet_ns: 1117126}
      - {sms: 8, runs: 30, p50_ns: 476103, p99_ns: 487271, max_ns: 487271, wcet_ns: 584726}
      - {sms: 16, runs: 30, p50_ns: 279069, p99_ns: 288566, max_ns: 288566, wcet_ns: 346280}
