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
dispatch_overhead: {p50_ns: 690, p99_ns: 5782, max_ns: 17139}
device_memory: {driver_fixed: 5646385152, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1026602
    p50_ns: 1028883
    p99_ns: 1072645
    p999_ns: 1072645
    max_ns: 1072645
    wcet_ns: 1287174
    curve:
      - {sms: 4, runs: 30, p50_ns: 1027879, p99_ns: 1084522, max_ns: 1084522, wcet_ns: 1301427}
      - {sms: 8, runs: 30, p50_ns: 535534, p99_ns: 577945, max_ns: 577945, wcet_ns: 693534}
      - {sms: 16, runs: 30, p50_ns: 306309, p99_ns: 343751, max_ns: 343751, wcet_ns: 412502}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1521373
    p50_ns: 1524848
    p99_ns: 1582138
    p999_ns: 1582138
    max_ns: 1582138
    wcet_ns: 1898566
    curve:
      - {sms: 4, runs: 30, p50_ns: 1544468, p99_ns: 1570985, max_ns: 1570985, wcet_ns: 1885182}
      - {sms: 8, runs: 30, p50_ns: 798123, p99_ns: 842067, max_ns: 842067, wcet_ns: 1010481}
      - {sms: 16, runs: 30, p50_ns: 447220, p99_ns: 492258, max_ns: 492258, wcet_ns: 590710}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 920895
    p50_ns: 937905
    p99_ns: 1003494
    p999_ns: 1003494
    max_ns: 1003494
    wcet_ns: 1204193
    curve:
      - {sms: 4, runs: 30, p50_ns: 937906, p99_ns: 973445, max_ns: 973445, wcet_ns: 1168134}
      - {sms: 8, runs: 30, p50_ns: 490774, p99_ns: 557191, max_ns: 557191, wcet_ns: 668630}
      - {sms: 16, runs: 30, p50_ns: 284556, p99_ns: 322773, max_ns: 322773, wcet_ns: 387328}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 667756
    p50_ns: 671403
    p99_ns: 702187
    p999_ns: 702187
    max_ns: 702187
    wcet_ns: 842625
    curve:
      - {sms: 4, runs: 30, p50_ns: 686436, p99_ns: 724328, max_ns: 724328, wcet_ns: 869194}
      - {sms: 8, runs: 30, p50_ns: 362219, p99_ns: 393622, max_ns: 393622, wcet_ns: 472347}
      - {sms: 16, runs: 30, p50_ns: 211508, p99_ns: 260812, max_ns: 260812, wcet_ns: 312975}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 2230567
    p50_ns: 2261164
    p99_ns: 2300802
    p999_ns: 2300802
    max_ns: 2300802
    wcet_ns: 2760963
    curve:
      - {sms: 4, runs: 30, p50_ns: 2259572, p99_ns: 2318365, max_ns: 2318365, wcet_ns: 2782038}
      - {sms: 8, runs: 30, p50_ns: 1157140, p99_ns: 1252604, max_ns: 1252604, wcet_ns: 1503125}
      - {sms: 16, runs: 30, p50_ns: 652584, p99_ns: 711734, max_ns: 711734, wcet_ns: 854081}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1813949
    p50_ns: 1818310
    p99_ns: 1844804
    p999_ns: 1844804
    max_ns: 1844804
    wcet_ns: 2213765
    curve:
      - {sms: 4, runs: 30, p50_ns: 1816659, p99_ns: 1856712, max_ns: 1856712, wcet_ns: 2228055}
      - {sms: 8, runs: 30, p50_ns: 932478, p99_ns: 967170, max_ns: 967170, wcet_ns: 1160604}
      - {sms: 16, runs: 30, p50_ns: 550132, p99_ns: 587334, max_ns: 587334, wcet_ns: 704801}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 2529585
    p50_ns: 2561236
    p99_ns: 2571220
    p999_ns: 2571220
    max_ns: 2571220
    wcet_ns: 3085464
    curve:
      - {sms: 4, runs: 30, p50_ns: 2539033, p99_ns: 2593496, max_ns: 2593496, wcet_ns: 3112196}
      - {sms: 8, runs: 30, p50_ns: 1327396, p99_ns: 1405997, max_ns: 1405997, wcet_ns: 1687197}
      - {sms: 16, runs: 30, p50_ns: 777174, p99_ns: 798707, max_ns: 798707, wcet_ns: 958449}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 6028255
    p50_ns: 6061896
    p99_ns: 6111399
    p999_ns: 6111399
    max_ns: 6111399
    wcet_ns: 7333679
    curve:
      - {sms: 4, runs: 30, p50_ns: 6068699, p99_ns: 6121815, max_ns: 6121815, wcet_ns: 7346178}
      - {sms: 8, runs: 30, p50_ns: 3093107, p99_ns: 3114499, max_ns: 3114499, wcet_ns: 3737399}
      - {sms: 16, runs: 30, p50_ns: 1721400, p99_ns: 1748183, max_ns: 1748183, wcet_ns: 2097820}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 4530575
    p50_ns: 4562032
    p99_ns: 4618639
    p999_ns: 4618639
    max_ns: 4618639
    wcet_ns: 5542367
    curve:
      - {sms: 4, runs: 30, p50_ns: 4563903, p99_ns: 4607596, max_ns: 4607596, wcet_ns: 5529116}
      - {sms: 8, runs: 30, p50_ns: 2337322, p99_ns: 2357556, max_ns: 2357556, wcet_ns: 2829068}
      - {sms: 16, runs: 30, p50_ns: 1305724, p99_ns: 1337124, max_ns: 1337124, wcet_ns: 1604549}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3528679
    p50_ns: 3535318
    p99_ns: 3610618
    p999_ns: 3610618
    max_ns: 3610618
    wcet_ns: 4332742
    curve:
      - {sms: 4, runs: 30, p50_ns: 3536410, p99_ns: 3579339, max_ns: 3579339, wcet_ns: 4295207}
      - {sms: 8, runs: 30, p50_ns: 1810156, p99_ns: 1881717, max_ns: 1881717, wcet_ns: 2258061}
      - {sms: 16, runs: 30, p50_ns: 1002365, p99_ns: 1027717, max_ns: 1027717, wcet_ns: 1233261}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1521741
    p50_ns: 1525377
    p99_ns: 1569054
    p999_ns: 1569054
    max_ns: 1569054
    wcet_ns: 1882865
    curve:
      - {sms: 4, runs: 30, p50_ns: 1525317, p99_ns: 1567401, max_ns: 1567401, wcet_ns: 1880882}
      - {sms: 8, runs: 30, p50_ns: 783300, p99_ns: 828262, max_ns: 828262, wcet_ns: 993915}
      - {sms: 16, runs: 30, p50_ns: 447161, p99_ns: 520149, max_ns: 520149, wcet_ns: 624179}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3527694
    p50_ns: 3533445
    p99_ns: 3587253
    p999_ns: 3587253
    max_ns: 3587253
    wcet_ns: 4304704
    curve:
      - {sms: 4, runs: 30, p50_ns: 3537851, p99_ns: 3594081, max_ns: 3594081, wcet_ns: 4312898}
      - {sms: 8, runs: 30, p50_ns: 1809912, p99_ns: 1850501, max_ns: 1850501, wcet_ns: 2220602}
      - {sms: 16, runs: 30, p50_ns: 1002334, p99_ns: 1040972, max_ns: 1040972, wcet_ns: 1249167}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3526747
    p50_ns: 3540910
    p99_ns: 3582173
    p999_ns: 3582173
    max_ns: 3582173
    wcet_ns: 4298608
    curve:
      - {sms: 4, runs: 30, p50_ns: 3538684, p99_ns: 3584492, max_ns: 3584492, wcet_ns: 4301391}
      - {sms: 8, runs: 30, p50_ns: 1809979, p99_ns: 1904477, max_ns: 1904477, wcet_ns: 2285373}
      - {sms: 16, runs: 30, p50_ns: 1009812, p99_ns: 1043278, max_ns: 1043278, wcet_ns: 1251934}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3028151
    p50_ns: 3031842
    p99_ns: 3092125
    p999_ns: 3092125
    max_ns: 3092125
    wcet_ns: 3710550
    curve:
      - {sms: 4, runs: 30, p50_ns: 3042522, p99_ns: 3130553, max_ns: 3130553, wcet_ns: 3756664}
      - {sms: 8, runs: 30, p50_ns: 1602896, p99_ns: 1658389, max_ns: 1658389, wcet_ns: 1990067}
      - {sms: 16, runs: 30, p50_ns: 1044104, p99_ns: 1068512, max_ns: 1068512, wcet_ns: 1282215}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 4029252
    p50_ns: 4050020
    p99_ns: 4083181
    p999_ns: 4083181
    max_ns: 4083181
    wcet_ns: 4899818
    curve:
      - {sms: 4, runs: 30, p50_ns: 4059045, p99_ns: 4126356, max_ns: 4126356, wcet_ns: 4951628}
      - {sms: 8, runs: 30, p50_ns: 2096006, p99_ns: 2143217, max_ns: 2143217, wcet_ns: 2571861}
      - {sms: 16, runs: 30, p50_ns: 1229740, p99_ns: 1278710, max_ns: 1278710, wcet_ns: 1534452}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2521508
    p50_ns: 2542846
    p99_ns: 2563633
    p999_ns: 2563633
    max_ns: 2563633
    wcet_ns: 3076360
    curve:
      - {sms: 4, runs: 30, p50_ns: 2530358, p99_ns: 2564135, max_ns: 2564135, wcet_ns: 3076962}
      - {sms: 8, runs: 30, p50_ns: 1304343, p99_ns: 1325284, max_ns: 1325284, wcet_ns: 1590341}
      - {sms: 16, runs: 30, p50_ns: 853449, p99_ns: 884586, max_ns: 884586, wcet_ns: 1061504}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 6027490
    p50_ns: 6050940
    p99_ns: 6081457
    p999_ns: 6081457
    max_ns: 6081457
    wcet_ns: 7297749
    curve:
      - {sms: 4, runs: 30, p50_ns: 6053675, p99_ns: 6076159, max_ns: 6076159, wcet_ns: 7291391}
      - {sms: 8, runs: 30, p50_ns: 3125174, p99_ns: 3149052, max_ns: 3149052, wcet_ns: 3778863}
      - {sms: 16, runs: 30, p50_ns: 2023395, p99_ns: 2048205, max_ns: 2048205, wcet_ns: 2457846}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 10027814
    p50_ns: 10069631
    p99_ns: 10099661
    p999_ns: 10099661
    max_ns: 10099661
    wcet_ns: 12119594
    curve:
      - {sms: 4, runs: 30, p50_ns: 10081205, p99_ns: 10166783, max_ns: 10166783, wcet_ns: 12200140}
      - {sms: 8, runs: 30, p50_ns: 5127635, p99_ns: 5195071, max_ns: 5195071, wcet_ns: 6234086}
      - {sms: 16, runs: 30, p50_ns: 2996400, p99_ns: 3040959, max_ns: 3040959, wcet_ns: 3649151}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 7047653
    p50_ns: 7062806
    p99_ns: 7098688
    p999_ns: 7098688
    max_ns: 7098688
    wcet_ns: 8518426
    curve:
      - {sms: 4, runs: 30, p50_ns: 7075013, p99_ns: 7097007, max_ns: 7097007, wcet_ns: 8516409}
      - {sms: 8, runs: 30, p50_ns: 3613373, p99_ns: 3673198, max_ns: 3673198, wcet_ns: 4407838}
      - {sms: 16, runs: 30, p50_ns: 2109048, p99_ns: 2141894, max_ns: 2141894, wcet_ns: 2570273}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 8022096
    p50_ns: 8029742
    p99_ns: 8089295
    p999_ns: 8089295
    max_ns: 8089295
    wcet_ns: 9707154
    curve:
      - {sms: 4, runs: 30, p50_ns: 8034949, p99_ns: 8065587, max_ns: 8065587, wcet_ns: 9678705}
      - {sms: 8, runs: 30, p50_ns: 4168420, p99_ns: 4205940, max_ns: 4205940, wcet_ns: 5047128}
      - {sms: 16, runs: 30, p50_ns: 2700515, p99_ns: 2719735, max_ns: 2719735, wcet_ns: 3263682}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 9056189
    p50_ns: 9069048
    p99_ns: 9206239
    p999_ns: 9206239
    max_ns: 9206239
    wcet_ns: 11047487
    curve:
      - {sms: 4, runs: 30, p50_ns: 9075794, p99_ns: 9113307, max_ns: 9113307, wcet_ns: 10935969}
      - {sms: 8, runs: 30, p50_ns: 4617787, p99_ns: 4659690, max_ns: 4659690, wcet_ns: 5591628}
      - {sms: 16, runs: 30, p50_ns: 2725660, p99_ns: 2759131, max_ns: 2759131, wcet_ns: 3310958}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5050653
    p50_ns: 5057861
    p99_ns: 5102973
    p999_ns: 5102973
    max_ns: 5102973
    wcet_ns: 6123568
    curve:
      - {sms: 4, runs: 30, p50_ns: 5068562, p99_ns: 5112210, max_ns: 5112210, wcet_ns: 6134652}
      - {sms: 8, runs: 30, p50_ns: 2561030, p99_ns: 2601706, max_ns: 2601706, wcet_ns: 3122048}
      - {sms: 16, runs: 30, p50_ns: 1416349, p99_ns: 1449600, max_ns: 1449600, wcet_ns: 1739520}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4018829
    p50_ns: 4022582
    p99_ns: 4054126
    p999_ns: 4054126
    max_ns: 4054126
    wcet_ns: 4864952
    curve:
      - {sms: 4, runs: 30, p50_ns: 4042158, p99_ns: 4095473, max_ns: 4095473, wcet_ns: 4914568}
      - {sms: 8, runs: 30, p50_ns: 2117765, p99_ns: 2145706, max_ns: 2145706, wcet_ns: 2574848}
      - {sms: 16, runs: 30, p50_ns: 1364634, p99_ns: 1418147, max_ns: 1418147, wcet_ns: 1701777}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3026047
    p50_ns: 3032771
    p99_ns: 3065655
    p999_ns: 3065655
    max_ns: 3065655
    wcet_ns: 3678786
    curve:
      - {sms: 4, runs: 30, p50_ns: 3036541, p99_ns: 3086049, max_ns: 3086049, wcet_ns: 3703259}
      - {sms: 8, runs: 30, p50_ns: 1546589, p99_ns: 1582430, max_ns: 1582430, wcet_ns: 1898916}
      - {sms: 16, runs: 30, p50_ns: 916631, p99_ns: 947084, max_ns: 947084, wcet_ns: 1136501}
