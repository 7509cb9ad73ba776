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
dispatch_overhead: {p50_ns: 390, p99_ns: 4315, max_ns: 6163}
device_memory: {driver_fixed: 1250754560, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 515837
    p50_ns: 518327
    p99_ns: 532586
    p999_ns: 532586
    max_ns: 532586
    wcet_ns: 639104
    curve:
      - {sms: 4, runs: 30, p50_ns: 518671, p99_ns: 534843, max_ns: 534843, wcet_ns: 641812}
      - {sms: 8, runs: 30, p50_ns: 275921, p99_ns: 289517, max_ns: 289517, wcet_ns: 347421}
      - {sms: 16, runs: 30, p50_ns: 167931, p99_ns: 182399, max_ns: 182399, wcet_ns: 218879}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 763502
    p50_ns: 766240
    p99_ns: 804475
    p999_ns: 804475
    max_ns: 804475
    wcet_ns: 965370
    curve:
      - {sms: 4, runs: 30, p50_ns: 768294, p99_ns: 783089, max_ns: 783089, wcet_ns: 939707}
      - {sms: 8, runs: 30, p50_ns: 406132, p99_ns: 424512, max_ns: 424512, wcet_ns: 509415}
      - {sms: 16, runs: 30, p50_ns: 240574, p99_ns: 264142, max_ns: 264142, wcet_ns: 316971}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 467417
    p50_ns: 472246
    p99_ns: 561371
    p999_ns: 561371
    max_ns: 561371
    wcet_ns: 673646
    curve:
      - {sms: 4, runs: 30, p50_ns: 474673, p99_ns: 514933, max_ns: 514933, wcet_ns: 617920}
      - {sms: 8, runs: 30, p50_ns: 252184, p99_ns: 268260, max_ns: 268260, wcet_ns: 321912}
      - {sms: 16, runs: 30, p50_ns: 158387, p99_ns: 186330, max_ns: 186330, wcet_ns: 223596}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 341082
    p50_ns: 343230
    p99_ns: 358541
    p999_ns: 358541
    max_ns: 358541
    wcet_ns: 430250
    curve:
      - {sms: 4, runs: 30, p50_ns: 344215, p99_ns: 356405, max_ns: 356405, wcet_ns: 427686}
      - {sms: 8, runs: 30, p50_ns: 189340, p99_ns: 202314, max_ns: 202314, wcet_ns: 242777}
      - {sms: 16, runs: 30, p50_ns: 121086, p99_ns: 202720, max_ns: 202720, wcet_ns: 243264}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1121408
    p50_ns: 1136286
    p99_ns: 1204223
    p999_ns: 1204223
    max_ns: 1204223
    wcet_ns: 1445068
    curve:
      - {sms: 4, runs: 30, p50_ns: 1127026, p99_ns: 1181161, max_ns: 1181161, wcet_ns: 1417394}
      - {sms: 8, runs: 30, p50_ns: 593314, p99_ns: 614725, max_ns: 614725, wcet_ns: 737670}
      - {sms: 16, runs: 30, p50_ns: 338973, p99_ns: 402528, max_ns: 402528, wcet_ns: 483034}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 921204
    p50_ns: 931152
    p99_ns: 977833
    p999_ns: 977833
    max_ns: 977833
    wcet_ns: 1173400
    curve:
      - {sms: 4, runs: 30, p50_ns: 923164, p99_ns: 1004183, max_ns: 1004183, wcet_ns: 1205020}
      - {sms: 8, runs: 30, p50_ns: 480298, p99_ns: 494797, max_ns: 494797, wcet_ns: 593757}
      - {sms: 16, runs: 30, p50_ns: 291942, p99_ns: 310190, max_ns: 310190, wcet_ns: 372228}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1279048
    p50_ns: 1286079
    p99_ns: 1365724
    p999_ns: 1365724
    max_ns: 1365724
    wcet_ns: 1638869
    curve:
      - {sms: 4, runs: 30, p50_ns: 1282789, p99_ns: 1352504, max_ns: 1352504, wcet_ns: 1623005}
      - {sms: 8, runs: 30, p50_ns: 672738, p99_ns: 691528, max_ns: 691528, wcet_ns: 829834}
      - {sms: 16, runs: 30, p50_ns: 409946, p99_ns: 447323, max_ns: 447323, wcet_ns: 536788}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3020733
    p50_ns: 3025062
    p99_ns: 3044264
    p999_ns: 3044264
    max_ns: 3044264
    wcet_ns: 3653117
    curve:
      - {sms: 4, runs: 30, p50_ns: 3029429, p99_ns: 3085646, max_ns: 3085646, wcet_ns: 3702776}
      - {sms: 8, runs: 30, p50_ns: 1548446, p99_ns: 1615979, max_ns: 1615979, wcet_ns: 1939175}
      - {sms: 16, runs: 30, p50_ns: 863839, p99_ns: 869319, max_ns: 869319, wcet_ns: 1043183}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 2268492
    p50_ns: 2273454
    p99_ns: 2288316
    p999_ns: 2288316
    max_ns: 2288316
    wcet_ns: 2745980
    curve:
      - {sms: 4, runs: 30, p50_ns: 2276553, p99_ns: 2289996, max_ns: 2289996, wcet_ns: 2747996}
      - {sms: 8, runs: 30, p50_ns: 1174033, p99_ns: 1253642, max_ns: 1253642, wcet_ns: 1504371}
      - {sms: 16, runs: 30, p50_ns: 660202, p99_ns: 665765, max_ns: 665765, wcet_ns: 798918}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1767708
    p50_ns: 1771466
    p99_ns: 1824583
    p999_ns: 1824583
    max_ns: 1824583
    wcet_ns: 2189500
    curve:
      - {sms: 4, runs: 30, p50_ns: 1772065, p99_ns: 1842307, max_ns: 1842307, wcet_ns: 2210769}
      - {sms: 8, runs: 30, p50_ns: 916392, p99_ns: 927794, max_ns: 927794, wcet_ns: 1113353}
      - {sms: 16, runs: 30, p50_ns: 520235, p99_ns: 528853, max_ns: 528853, wcet_ns: 634624}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 764337
    p50_ns: 766882
    p99_ns: 779478
    p999_ns: 779478
    max_ns: 779478
    wcet_ns: 935374
    curve:
      - {sms: 4, runs: 30, p50_ns: 767479, p99_ns: 780469, max_ns: 780469, wcet_ns: 936563}
      - {sms: 8, runs: 30, p50_ns: 405755, p99_ns: 430750, max_ns: 430750, wcet_ns: 516900}
      - {sms: 16, runs: 30, p50_ns: 240597, p99_ns: 252679, max_ns: 252679, wcet_ns: 303215}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1783626
    p50_ns: 1792189
    p99_ns: 1848597
    p999_ns: 1848597
    max_ns: 1848597
    wcet_ns: 2218317
    curve:
      - {sms: 4, runs: 30, p50_ns: 1792456, p99_ns: 1857793, max_ns: 1857793, wcet_ns: 2229352}
      - {sms: 8, runs: 30, p50_ns: 927473, p99_ns: 953738, max_ns: 953738, wcet_ns: 1144486}
      - {sms: 16, runs: 30, p50_ns: 526962, p99_ns: 545633, max_ns: 545633, wcet_ns: 654760}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1775271
    p50_ns: 1778980
    p99_ns: 1793581
    p999_ns: 1793581
    max_ns: 1793581
    wcet_ns: 2152298
    curve:
      - {sms: 4, runs: 30, p50_ns: 1775947, p99_ns: 1789967, max_ns: 1789967, wcet_ns: 2147961}
      - {sms: 8, runs: 30, p50_ns: 919372, p99_ns: 932901, max_ns: 932901, wcet_ns: 1119482}
      - {sms: 16, runs: 30, p50_ns: 527687, p99_ns: 540791, max_ns: 540791, wcet_ns: 648950}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1522766
    p50_ns: 1525401
    p99_ns: 1691812
    p999_ns: 1691812
    max_ns: 1691812
    wcet_ns: 2030175
    curve:
      - {sms: 4, runs: 30, p50_ns: 1523060, p99_ns: 1544509, max_ns: 1544509, wcet_ns: 1853411}
      - {sms: 8, runs: 30, p50_ns: 813215, p99_ns: 841388, max_ns: 841388, wcet_ns: 1009666}
      - {sms: 16, runs: 30, p50_ns: 523778, p99_ns: 531022, max_ns: 531022, wcet_ns: 637227}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2023985
    p50_ns: 2027831
    p99_ns: 2057310
    p999_ns: 2057310
    max_ns: 2057310
    wcet_ns: 2468772
    curve:
      - {sms: 4, runs: 30, p50_ns: 2043518, p99_ns: 2070150, max_ns: 2070150, wcet_ns: 2484180}
      - {sms: 8, runs: 30, p50_ns: 1052766, p99_ns: 1074273, max_ns: 1074273, wcet_ns: 1289128}
      - {sms: 16, runs: 30, p50_ns: 624344, p99_ns: 630227, max_ns: 630227, wcet_ns: 756273}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1262348
    p50_ns: 1266298
    p99_ns: 1279275
    p999_ns: 1279275
    max_ns: 1279275
    wcet_ns: 1535130
    curve:
      - {sms: 4, runs: 30, p50_ns: 1265002, p99_ns: 1301501, max_ns: 1301501, wcet_ns: 1561802}
      - {sms: 8, runs: 30, p50_ns: 658947, p99_ns: 676124, max_ns: 676124, wcet_ns: 811349}
      - {sms: 16, runs: 30, p50_ns: 440165, p99_ns: 462505, max_ns: 462505, wcet_ns: 555006}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3024563
    p50_ns: 3029517
    p99_ns: 3054001
    p999_ns: 3054001
    max_ns: 3054001
    wcet_ns: 3664802
    curve:
      - {sms: 4, runs: 30, p50_ns: 3040906, p99_ns: 3076016, max_ns: 3076016, wcet_ns: 3691220}
      - {sms: 8, runs: 30, p50_ns: 1595521, p99_ns: 1623539, max_ns: 1623539, wcet_ns: 1948247}
      - {sms: 16, runs: 30, p50_ns: 1033260, p99_ns: 1064044, max_ns: 1064044, wcet_ns: 1276853}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5029412
    p50_ns: 5041281
    p99_ns: 5081070
    p999_ns: 5081070
    max_ns: 5081070
    wcet_ns: 6097284
    curve:
      - {sms: 4, runs: 30, p50_ns: 5044868, p99_ns: 5089206, max_ns: 5089206, wcet_ns: 6107048}
      - {sms: 8, runs: 30, p50_ns: 2581276, p99_ns: 2613389, max_ns: 2613389, wcet_ns: 3136067}
      - {sms: 16, runs: 30, p50_ns: 1507814, p99_ns: 1541978, max_ns: 1541978, wcet_ns: 1850374}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3527804
    p50_ns: 3536724
    p99_ns: 3578492
    p999_ns: 3578492
    max_ns: 3578492
    wcet_ns: 4294191
    curve:
      - {sms: 4, runs: 30, p50_ns: 3539143, p99_ns: 3576217, max_ns: 3576217, wcet_ns: 4291461}
      - {sms: 8, runs: 30, p50_ns: 1820158, p99_ns: 1853941, max_ns: 1853941, wcet_ns: 2224730}
      - {sms: 16, runs: 30, p50_ns: 1075762, p99_ns: 1123122, max_ns: 1123122, wcet_ns: 1347747}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4030125
    p50_ns: 4041061
    p99_ns: 4064241
    p999_ns: 4064241
    max_ns: 4064241
    wcet_ns: 4877090
    curve:
      - {sms: 4, runs: 30, p50_ns: 4044934, p99_ns: 4065336, max_ns: 4065336, wcet_ns: 4878404}
      - {sms: 8, runs: 30, p50_ns: 2095412, p99_ns: 2129917, max_ns: 2129917, wcet_ns: 2555901}
      - {sms: 16, runs: 30, p50_ns: 1361333, p99_ns: 1387841, max_ns: 1387841, wcet_ns: 1665410}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4532271
    p50_ns: 4543964
    p99_ns: 4571021
    p999_ns: 4571021
    max_ns: 4571021
    wcet_ns: 5485226
    curve:
      - {sms: 4, runs: 30, p50_ns: 4551837, p99_ns: 4591109, max_ns: 4591109, wcet_ns: 5509331}
      - {sms: 8, runs: 30, p50_ns: 2321458, p99_ns: 2333973, max_ns: 2333973, wcet_ns: 2800768}
      - {sms: 16, runs: 30, p50_ns: 1380523, p99_ns: 1394957, max_ns: 1394957, wcet_ns: 1673949}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2531216
    p50_ns: 2536555
    p99_ns: 2576774
    p999_ns: 2576774
    max_ns: 2576774
    wcet_ns: 3092129
    curve:
      - {sms: 4, runs: 30, p50_ns: 2542388, p99_ns: 2562957, max_ns: 2562957, wcet_ns: 3075549}
      - {sms: 8, runs: 30, p50_ns: 1298153, p99_ns: 1308563, max_ns: 1308563, wcet_ns: 1570276}
      - {sms: 16, runs: 30, p50_ns: 726530, p99_ns: 738712, max_ns: 738712, wcet_ns: 886455}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2022919
    p50_ns: 2027030
    p99_ns: 2047328
    p999_ns: 2047328
    max_ns: 2047328
    wcet_ns: 2456794
    curve:
      - {sms: 4, runs: 30, p50_ns: 2026028, p99_ns: 2038480, max_ns: 2038480, wcet_ns: 2446176}
      - {sms: 8, runs: 30, p50_ns: 1065747, p99_ns: 1076306, max_ns: 1076306, wcet_ns: 1291568}
      - {sms: 16, runs: 30, p50_ns: 683193, p99_ns: 693386, max_ns: 693386, wcet_ns: 832064}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 1525000
    p50_ns: 1534532
    p99_ns: 1579082
    p999_ns: 1579082
    max_ns: 1579082
    wcet_ns: 1894899
    curve:
      - {sms: 4, runs: 30, p50_ns: 1541150, p99_ns: 1578972, max_ns: 1578972, wcet_ns: 1894767}
      - {sms: 8, runs: 30, p50_ns: 791080, p99_ns: 818028, max_ns: 818028, wcet_ns: 981634}
      - {sms: 16, runs: 30, p50_ns: 468929, p99_ns: 486655, max_ns: 486655, wcet_ns: 583986}
