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
dispatch_overhead: {p50_ns: 494, p99_ns: 4299, max_ns: 6584}
device_memory: {driver_fixed: 2001534976, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 318237
    p50_ns: 320541
    p99_ns: 354116
    p999_ns: 354116
    max_ns: 354116
    wcet_ns: 424940
    curve:
      - {sms: 4, runs: 30, p50_ns: 321796, p99_ns: 353723, max_ns: 353723, wcet_ns: 424468}
      - {sms: 8, runs: 30, p50_ns: 180387, p99_ns: 204861, max_ns: 204861, wcet_ns: 245834}
      - {sms: 16, runs: 30, p50_ns: 117035, p99_ns: 146566, max_ns: 146566, wcet_ns: 175880}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 469222
    p50_ns: 472071
    p99_ns: 508362
    p999_ns: 508362
    max_ns: 508362
    wcet_ns: 610035
    curve:
      - {sms: 4, runs: 30, p50_ns: 476366, p99_ns: 517199, max_ns: 517199, wcet_ns: 620639}
      - {sms: 8, runs: 30, p50_ns: 258584, p99_ns: 298677, max_ns: 298677, wcet_ns: 358413}
      - {sms: 16, runs: 30, p50_ns: 161095, p99_ns: 185105, max_ns: 185105, wcet_ns: 222126}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 290391
    p50_ns: 292761
    p99_ns: 328750
    p999_ns: 328750
    max_ns: 328750
    wcet_ns: 394500
    curve:
      - {sms: 4, runs: 30, p50_ns: 294799, p99_ns: 322237, max_ns: 322237, wcet_ns: 386685}
      - {sms: 8, runs: 30, p50_ns: 167673, p99_ns: 212847, max_ns: 212847, wcet_ns: 255417}
      - {sms: 16, runs: 30, p50_ns: 109674, p99_ns: 139233, max_ns: 139233, wcet_ns: 167080}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 214865
    p50_ns: 217410
    p99_ns: 244194
    p999_ns: 244194
    max_ns: 244194
    wcet_ns: 293033
    curve:
      - {sms: 4, runs: 30, p50_ns: 218880, p99_ns: 249988, max_ns: 249988, wcet_ns: 299986}
      - {sms: 8, runs: 30, p50_ns: 130006, p99_ns: 159631, max_ns: 159631, wcet_ns: 191558}
      - {sms: 16, runs: 30, p50_ns: 89772, p99_ns: 113632, max_ns: 113632, wcet_ns: 136359}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 684085
    p50_ns: 686476
    p99_ns: 717398
    p999_ns: 717398
    max_ns: 717398
    wcet_ns: 860878
    curve:
      - {sms: 4, runs: 30, p50_ns: 691644, p99_ns: 715942, max_ns: 715942, wcet_ns: 859131}
      - {sms: 8, runs: 30, p50_ns: 373006, p99_ns: 401148, max_ns: 401148, wcet_ns: 481378}
      - {sms: 16, runs: 30, p50_ns: 212721, p99_ns: 261405, max_ns: 261405, wcet_ns: 313686}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 559606
    p50_ns: 563396
    p99_ns: 593939
    p999_ns: 593939
    max_ns: 593939
    wcet_ns: 712727
    curve:
      - {sms: 4, runs: 30, p50_ns: 564854, p99_ns: 594079, max_ns: 594079, wcet_ns: 712895}
      - {sms: 8, runs: 30, p50_ns: 302787, p99_ns: 329633, max_ns: 329633, wcet_ns: 395560}
      - {sms: 16, runs: 30, p50_ns: 181051, p99_ns: 207305, max_ns: 207305, wcet_ns: 248766}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 769733
    p50_ns: 773872
    p99_ns: 799104
    p999_ns: 799104
    max_ns: 799104
    wcet_ns: 958925
    curve:
      - {sms: 4, runs: 30, p50_ns: 771692, p99_ns: 809412, max_ns: 809412, wcet_ns: 971295}
      - {sms: 8, runs: 30, p50_ns: 417635, p99_ns: 470895, max_ns: 470895, wcet_ns: 565074}
      - {sms: 16, runs: 30, p50_ns: 240234, p99_ns: 254493, max_ns: 254493, wcet_ns: 305392}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1808967
    p50_ns: 1813909
    p99_ns: 1857928
    p999_ns: 1857928
    max_ns: 1857928
    wcet_ns: 2229514
    curve:
      - {sms: 4, runs: 30, p50_ns: 1815045, p99_ns: 1831675, max_ns: 1831675, wcet_ns: 2198010}
      - {sms: 8, runs: 30, p50_ns: 942047, p99_ns: 970739, max_ns: 970739, wcet_ns: 1164887}
      - {sms: 16, runs: 30, p50_ns: 541305, p99_ns: 583938, max_ns: 583938, wcet_ns: 700726}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1364919
    p50_ns: 1368877
    p99_ns: 1410571
    p999_ns: 1410571
    max_ns: 1410571
    wcet_ns: 1692686
    curve:
      - {sms: 4, runs: 30, p50_ns: 1371380, p99_ns: 1408903, max_ns: 1408903, wcet_ns: 1690684}
      - {sms: 8, runs: 30, p50_ns: 721627, p99_ns: 749181, max_ns: 749181, wcet_ns: 899018}
      - {sms: 16, runs: 30, p50_ns: 416317, p99_ns: 438288, max_ns: 438288, wcet_ns: 525946}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1071889
    p50_ns: 1076608
    p99_ns: 1131236
    p999_ns: 1131236
    max_ns: 1131236
    wcet_ns: 1357484
    curve:
      - {sms: 4, runs: 30, p50_ns: 1074614, p99_ns: 1134635, max_ns: 1134635, wcet_ns: 1361562}
      - {sms: 8, runs: 30, p50_ns: 562735, p99_ns: 583190, max_ns: 583190, wcet_ns: 699828}
      - {sms: 16, runs: 30, p50_ns: 323721, p99_ns: 372521, max_ns: 372521, wcet_ns: 447026}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 464363
    p50_ns: 466725
    p99_ns: 485422
    p999_ns: 485422
    max_ns: 485422
    wcet_ns: 582507
    curve:
      - {sms: 4, runs: 30, p50_ns: 466391, p99_ns: 487032, max_ns: 487032, wcet_ns: 584439}
      - {sms: 8, runs: 30, p50_ns: 256478, p99_ns: 286707, max_ns: 286707, wcet_ns: 344049}
      - {sms: 16, runs: 30, p50_ns: 161370, p99_ns: 184838, max_ns: 184838, wcet_ns: 221806}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1074464
    p50_ns: 1078295
    p99_ns: 1116394
    p999_ns: 1116394
    max_ns: 1116394
    wcet_ns: 1339673
    curve:
      - {sms: 4, runs: 30, p50_ns: 1079732, p99_ns: 1132213, max_ns: 1132213, wcet_ns: 1358656}
      - {sms: 8, runs: 30, p50_ns: 569334, p99_ns: 603786, max_ns: 603786, wcet_ns: 724544}
      - {sms: 16, runs: 30, p50_ns: 327704, p99_ns: 363887, max_ns: 363887, wcet_ns: 436665}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1080108
    p50_ns: 1089518
    p99_ns: 1159017
    p999_ns: 1159017
    max_ns: 1159017
    wcet_ns: 1390821
    curve:
      - {sms: 4, runs: 30, p50_ns: 1087217, p99_ns: 1150392, max_ns: 1150392, wcet_ns: 1380471}
      - {sms: 8, runs: 30, p50_ns: 575098, p99_ns: 609995, max_ns: 609995, wcet_ns: 731994}
      - {sms: 16, runs: 30, p50_ns: 328043, p99_ns: 469664, max_ns: 469664, wcet_ns: 563597}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 921320
    p50_ns: 936819
    p99_ns: 964739
    p999_ns: 964739
    max_ns: 964739
    wcet_ns: 1157687
    curve:
      - {sms: 4, runs: 30, p50_ns: 924355, p99_ns: 953827, max_ns: 953827, wcet_ns: 1144593}
      - {sms: 8, runs: 30, p50_ns: 494264, p99_ns: 526040, max_ns: 526040, wcet_ns: 631248}
      - {sms: 16, runs: 30, p50_ns: 329134, p99_ns: 342223, max_ns: 342223, wcet_ns: 410668}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1217505
    p50_ns: 1228776
    p99_ns: 1278523
    p999_ns: 1278523
    max_ns: 1278523
    wcet_ns: 1534228
    curve:
      - {sms: 4, runs: 30, p50_ns: 1221482, p99_ns: 1286296, max_ns: 1286296, wcet_ns: 1543556}
      - {sms: 8, runs: 30, p50_ns: 648390, p99_ns: 680494, max_ns: 680494, wcet_ns: 816593}
      - {sms: 16, runs: 30, p50_ns: 394535, p99_ns: 407690, max_ns: 407690, wcet_ns: 489228}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 762961
    p50_ns: 767330
    p99_ns: 796428
    p999_ns: 796428
    max_ns: 796428
    wcet_ns: 955714
    curve:
      - {sms: 4, runs: 30, p50_ns: 767635, p99_ns: 793724, max_ns: 793724, wcet_ns: 952469}
      - {sms: 8, runs: 30, p50_ns: 410807, p99_ns: 439178, max_ns: 439178, wcet_ns: 527014}
      - {sms: 16, runs: 30, p50_ns: 256027, p99_ns: 299823, max_ns: 299823, wcet_ns: 359788}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1821095
    p50_ns: 1825142
    p99_ns: 1883290
    p999_ns: 1883290
    max_ns: 1883290
    wcet_ns: 2259948
    curve:
      - {sms: 4, runs: 30, p50_ns: 1832493, p99_ns: 1893157, max_ns: 1893157, wcet_ns: 2271789}
      - {sms: 8, runs: 30, p50_ns: 971650, p99_ns: 1012489, max_ns: 1012489, wcet_ns: 1214987}
      - {sms: 16, runs: 30, p50_ns: 641472, p99_ns: 697982, max_ns: 697982, wcet_ns: 837579}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3011731
    p50_ns: 3037163
    p99_ns: 3105831
    p999_ns: 3105831
    max_ns: 3105831
    wcet_ns: 3726998
    curve:
      - {sms: 4, runs: 30, p50_ns: 3042066, p99_ns: 3088536, max_ns: 3088536, wcet_ns: 3706244}
      - {sms: 8, runs: 30, p50_ns: 1556239, p99_ns: 1583507, max_ns: 1583507, wcet_ns: 1900209}
      - {sms: 16, runs: 30, p50_ns: 926102, p99_ns: 962561, max_ns: 962561, wcet_ns: 1155074}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2115576
    p50_ns: 2125807
    p99_ns: 2160564
    p999_ns: 2160564
    max_ns: 2160564
    wcet_ns: 2592677
    curve:
      - {sms: 4, runs: 30, p50_ns: 2126782, p99_ns: 2166748, max_ns: 2166748, wcet_ns: 2600098}
      - {sms: 8, runs: 30, p50_ns: 1103448, p99_ns: 1126159, max_ns: 1126159, wcet_ns: 1351391}
      - {sms: 16, runs: 30, p50_ns: 663320, p99_ns: 687081, max_ns: 687081, wcet_ns: 824498}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2411472
    p50_ns: 2422616
    p99_ns: 2457058
    p999_ns: 2457058
    max_ns: 2457058
    wcet_ns: 2948470
    curve:
      - {sms: 4, runs: 30, p50_ns: 2425226, p99_ns: 2443465, max_ns: 2443465, wcet_ns: 2932158}
      - {sms: 8, runs: 30, p50_ns: 1269412, p99_ns: 1312838, max_ns: 1312838, wcet_ns: 1575406}
      - {sms: 16, runs: 30, p50_ns: 833196, p99_ns: 891533, max_ns: 891533, wcet_ns: 1069840}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2714441
    p50_ns: 2722803
    p99_ns: 2762873
    p999_ns: 2762873
    max_ns: 2762873
    wcet_ns: 3315448
    curve:
      - {sms: 4, runs: 30, p50_ns: 2730034, p99_ns: 2770599, max_ns: 2770599, wcet_ns: 3324719}
      - {sms: 8, runs: 30, p50_ns: 1404853, p99_ns: 1435977, max_ns: 1435977, wcet_ns: 1723173}
      - {sms: 16, runs: 30, p50_ns: 847087, p99_ns: 878083, max_ns: 878083, wcet_ns: 1053700}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 1525128
    p50_ns: 1530600
    p99_ns: 1591179
    p999_ns: 1591179
    max_ns: 1591179
    wcet_ns: 1909415
    curve:
      - {sms: 4, runs: 30, p50_ns: 1534595, p99_ns: 1581998, max_ns: 1581998, wcet_ns: 1898398}
      - {sms: 8, runs: 30, p50_ns: 801799, p99_ns: 832814, max_ns: 832814, wcet_ns: 999377}
      - {sms: 16, runs: 30, p50_ns: 461510, p99_ns: 499234, max_ns: 499234, wcet_ns: 599081}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 1223595
    p50_ns: 1227956
    p99_ns: 1282402
    p999_ns: 1282402
    max_ns: 1282402
    wcet_ns: 1538883
    curve:
      - {sms: 4, runs: 30, p50_ns: 1231080, p99_ns: 1258188, max_ns: 1258188, wcet_ns: 1509826}
      - {sms: 8, runs: 30, p50_ns: 661936, p99_ns: 683666, max_ns: 683666, wcet_ns: 820400}
      - {sms: 16, runs: 30, p50_ns: 430320, p99_ns: 455815, max_ns: 455815, wcet_ns: 546978}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 918923
    p50_ns: 922392
    p99_ns: 954810
    p999_ns: 954810
    max_ns: 954810
    wcet_ns: 1145772
    curve:
      - {sms: 4, runs: 30, p50_ns: 926155, p99_ns: 945003, max_ns: 945003, wcet_ns: 1134004}
      - {sms: 8, runs: 30, p50_ns: 483141, p99_ns: 506177, max_ns: 506177, wcet_ns: 607413}
      - {sms: 16, runs: 30, p50_ns: 286300, p99_ns: 314517, max_ns: 314517, wcet_ns: 377421}
