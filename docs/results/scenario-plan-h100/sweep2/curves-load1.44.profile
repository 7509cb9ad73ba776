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
dispatch_overhead: {p50_ns: 301, p99_ns: 2918, max_ns: 9400}
device_memory: {driver_fixed: 4178378752, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 735990
    p50_ns: 738174
    p99_ns: 753550
    p999_ns: 753550
    max_ns: 753550
    wcet_ns: 904260
    curve:
      - {sms: 4, runs: 30, p50_ns: 739512, p99_ns: 756007, max_ns: 756007, wcet_ns: 907209}
      - {sms: 8, runs: 30, p50_ns: 384957, p99_ns: 394869, max_ns: 394869, wcet_ns: 473843}
      - {sms: 16, runs: 30, p50_ns: 227504, p99_ns: 237230, max_ns: 237230, wcet_ns: 284676}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1097278
    p50_ns: 1099186
    p99_ns: 1116521
    p999_ns: 1116521
    max_ns: 1116521
    wcet_ns: 1339826
    curve:
      - {sms: 4, runs: 30, p50_ns: 1100423, p99_ns: 1128554, max_ns: 1128554, wcet_ns: 1354265}
      - {sms: 8, runs: 30, p50_ns: 565264, p99_ns: 580685, max_ns: 580685, wcet_ns: 696822}
      - {sms: 16, runs: 30, p50_ns: 327007, p99_ns: 338004, max_ns: 338004, wcet_ns: 405605}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 665923
    p50_ns: 667041
    p99_ns: 684515
    p999_ns: 684515
    max_ns: 684515
    wcet_ns: 821418
    curve:
      - {sms: 4, runs: 30, p50_ns: 667805, p99_ns: 677513, max_ns: 677513, wcet_ns: 813016}
      - {sms: 8, runs: 30, p50_ns: 349623, p99_ns: 361774, max_ns: 361774, wcet_ns: 434129}
      - {sms: 16, runs: 30, p50_ns: 205836, p99_ns: 218064, max_ns: 218064, wcet_ns: 261677}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 485435
    p50_ns: 486608
    p99_ns: 501576
    p999_ns: 501576
    max_ns: 501576
    wcet_ns: 601892
    curve:
      - {sms: 4, runs: 30, p50_ns: 487669, p99_ns: 499151, max_ns: 499151, wcet_ns: 598982}
      - {sms: 8, runs: 30, p50_ns: 259758, p99_ns: 271543, max_ns: 271543, wcet_ns: 325852}
      - {sms: 16, runs: 30, p50_ns: 156937, p99_ns: 169571, max_ns: 169571, wcet_ns: 203486}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1606185
    p50_ns: 1608000
    p99_ns: 1634785
    p999_ns: 1634785
    max_ns: 1634785
    wcet_ns: 1961742
    curve:
      - {sms: 4, runs: 30, p50_ns: 1612231, p99_ns: 1630549, max_ns: 1630549, wcet_ns: 1956659}
      - {sms: 8, runs: 30, p50_ns: 834581, p99_ns: 843855, max_ns: 843855, wcet_ns: 1012626}
      - {sms: 16, runs: 30, p50_ns: 471562, p99_ns: 476844, max_ns: 476844, wcet_ns: 572213}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1311609
    p50_ns: 1314536
    p99_ns: 1368026
    p999_ns: 1368026
    max_ns: 1368026
    wcet_ns: 1641632
    curve:
      - {sms: 4, runs: 30, p50_ns: 1314906, p99_ns: 1364309, max_ns: 1364309, wcet_ns: 1637171}
      - {sms: 8, runs: 30, p50_ns: 679168, p99_ns: 690598, max_ns: 690598, wcet_ns: 828718}
      - {sms: 16, runs: 30, p50_ns: 402689, p99_ns: 411464, max_ns: 411464, wcet_ns: 493757}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1823935
    p50_ns: 1826993
    p99_ns: 1843161
    p999_ns: 1843161
    max_ns: 1843161
    wcet_ns: 2211794
    curve:
      - {sms: 4, runs: 30, p50_ns: 1826333, p99_ns: 1842888, max_ns: 1842888, wcet_ns: 2211466}
      - {sms: 8, runs: 30, p50_ns: 951631, p99_ns: 987788, max_ns: 987788, wcet_ns: 1185346}
      - {sms: 16, runs: 30, p50_ns: 560202, p99_ns: 569501, max_ns: 569501, wcet_ns: 683402}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 4345704
    p50_ns: 4348150
    p99_ns: 4368297
    p999_ns: 4368297
    max_ns: 4368297
    wcet_ns: 5241957
    curve:
      - {sms: 4, runs: 30, p50_ns: 4348711, p99_ns: 4363168, max_ns: 4363168, wcet_ns: 5235802}
      - {sms: 8, runs: 30, p50_ns: 2211844, p99_ns: 2227903, max_ns: 2227903, wcet_ns: 2673484}
      - {sms: 16, runs: 30, p50_ns: 1222737, p99_ns: 1230084, max_ns: 1230084, wcet_ns: 1476101}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3261984
    p50_ns: 3265122
    p99_ns: 3278335
    p999_ns: 3278335
    max_ns: 3278335
    wcet_ns: 3934002
    curve:
      - {sms: 4, runs: 30, p50_ns: 3264953, p99_ns: 3274866, max_ns: 3274866, wcet_ns: 3929840}
      - {sms: 8, runs: 30, p50_ns: 1667056, p99_ns: 1681760, max_ns: 1681760, wcet_ns: 2018112}
      - {sms: 16, runs: 30, p50_ns: 926530, p99_ns: 940406, max_ns: 940406, wcet_ns: 1128488}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 2541561
    p50_ns: 2543429
    p99_ns: 2555569
    p999_ns: 2555569
    max_ns: 2555569
    wcet_ns: 3066683
    curve:
      - {sms: 4, runs: 30, p50_ns: 2543947, p99_ns: 2555792, max_ns: 2555792, wcet_ns: 3066951}
      - {sms: 8, runs: 30, p50_ns: 1304131, p99_ns: 1327573, max_ns: 1327573, wcet_ns: 1593088}
      - {sms: 16, runs: 30, p50_ns: 730427, p99_ns: 738974, max_ns: 738974, wcet_ns: 886769}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1097169
    p50_ns: 1098374
    p99_ns: 1111813
    p999_ns: 1111813
    max_ns: 1111813
    wcet_ns: 1334176
    curve:
      - {sms: 4, runs: 30, p50_ns: 1098365, p99_ns: 1109317, max_ns: 1109317, wcet_ns: 1331181}
      - {sms: 8, runs: 30, p50_ns: 564630, p99_ns: 576988, max_ns: 576988, wcet_ns: 692386}
      - {sms: 16, runs: 30, p50_ns: 327021, p99_ns: 336720, max_ns: 336720, wcet_ns: 404064}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2544513
    p50_ns: 2547514
    p99_ns: 2560780
    p999_ns: 2560780
    max_ns: 2560780
    wcet_ns: 3072936
    curve:
      - {sms: 4, runs: 30, p50_ns: 2550022, p99_ns: 2565438, max_ns: 2565438, wcet_ns: 3078526}
      - {sms: 8, runs: 30, p50_ns: 1306890, p99_ns: 1316593, max_ns: 1316593, wcet_ns: 1579912}
      - {sms: 16, runs: 30, p50_ns: 731560, p99_ns: 740250, max_ns: 740250, wcet_ns: 888300}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2542962
    p50_ns: 2545652
    p99_ns: 2556315
    p999_ns: 2556315
    max_ns: 2556315
    wcet_ns: 3067578
    curve:
      - {sms: 4, runs: 30, p50_ns: 2547966, p99_ns: 2559991, max_ns: 2559991, wcet_ns: 3071990}
      - {sms: 8, runs: 30, p50_ns: 1305553, p99_ns: 1319200, max_ns: 1319200, wcet_ns: 1583040}
      - {sms: 16, runs: 30, p50_ns: 730822, p99_ns: 739471, max_ns: 739471, wcet_ns: 887366}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2181180
    p50_ns: 2183729
    p99_ns: 2195532
    p999_ns: 2195532
    max_ns: 2195532
    wcet_ns: 2634639
    curve:
      - {sms: 4, runs: 30, p50_ns: 2184876, p99_ns: 2199056, max_ns: 2199056, wcet_ns: 2638868}
      - {sms: 8, runs: 30, p50_ns: 1144005, p99_ns: 1155992, max_ns: 1155992, wcet_ns: 1387191}
      - {sms: 16, runs: 30, p50_ns: 731374, p99_ns: 734360, max_ns: 734360, wcet_ns: 881232}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2899443
    p50_ns: 2902746
    p99_ns: 2915128
    p999_ns: 2915128
    max_ns: 2915128
    wcet_ns: 3498154
    curve:
      - {sms: 4, runs: 30, p50_ns: 2905464, p99_ns: 2917937, max_ns: 2917937, wcet_ns: 3501525}
      - {sms: 8, runs: 30, p50_ns: 1508951, p99_ns: 1517355, max_ns: 1517355, wcet_ns: 1820826}
      - {sms: 16, runs: 30, p50_ns: 867558, p99_ns: 880796, max_ns: 880796, wcet_ns: 1056956}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1817502
    p50_ns: 1819644
    p99_ns: 1831891
    p999_ns: 1831891
    max_ns: 1831891
    wcet_ns: 2198270
    curve:
      - {sms: 4, runs: 30, p50_ns: 1822152, p99_ns: 1836366, max_ns: 1836366, wcet_ns: 2203640}
      - {sms: 8, runs: 30, p50_ns: 941476, p99_ns: 958750, max_ns: 958750, wcet_ns: 1150500}
      - {sms: 16, runs: 30, p50_ns: 619018, p99_ns: 630822, max_ns: 630822, wcet_ns: 756987}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 4342265
    p50_ns: 4346300
    p99_ns: 4357917
    p999_ns: 4357917
    max_ns: 4357917
    wcet_ns: 5229501
    curve:
      - {sms: 4, runs: 30, p50_ns: 4350618, p99_ns: 4363749, max_ns: 4363749, wcet_ns: 5236499}
      - {sms: 8, runs: 30, p50_ns: 2251317, p99_ns: 2287337, max_ns: 2287337, wcet_ns: 2744805}
      - {sms: 16, runs: 30, p50_ns: 1453382, p99_ns: 1462164, max_ns: 1462164, wcet_ns: 1754597}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 7219902
    p50_ns: 7225819
    p99_ns: 7247025
    p999_ns: 7247025
    max_ns: 7247025
    wcet_ns: 8696430
    curve:
      - {sms: 4, runs: 30, p50_ns: 7231330, p99_ns: 7248649, max_ns: 7248649, wcet_ns: 8698379}
      - {sms: 8, runs: 30, p50_ns: 3674050, p99_ns: 3692356, max_ns: 3692356, wcet_ns: 4430828}
      - {sms: 16, runs: 30, p50_ns: 2136837, p99_ns: 2143593, max_ns: 2143593, wcet_ns: 2572312}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5062562
    p50_ns: 5066922
    p99_ns: 5080740
    p999_ns: 5080740
    max_ns: 5080740
    wcet_ns: 6096888
    curve:
      - {sms: 4, runs: 30, p50_ns: 5068640, p99_ns: 5087660, max_ns: 5087660, wcet_ns: 6105192}
      - {sms: 8, runs: 30, p50_ns: 2583018, p99_ns: 2593906, max_ns: 2593906, wcet_ns: 3112688}
      - {sms: 16, runs: 30, p50_ns: 1509613, p99_ns: 1524227, max_ns: 1524227, wcet_ns: 1829073}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5782660
    p50_ns: 5788284
    p99_ns: 5807067
    p999_ns: 5807067
    max_ns: 5807067
    wcet_ns: 6968481
    curve:
      - {sms: 4, runs: 30, p50_ns: 5793408, p99_ns: 5815235, max_ns: 5815235, wcet_ns: 6978282}
      - {sms: 8, runs: 30, p50_ns: 2988392, p99_ns: 2999469, max_ns: 2999469, wcet_ns: 3599363}
      - {sms: 16, runs: 30, p50_ns: 1921116, p99_ns: 1927898, max_ns: 1927898, wcet_ns: 2313478}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 6501585
    p50_ns: 6504293
    p99_ns: 6524563
    p999_ns: 6524563
    max_ns: 6524563
    wcet_ns: 7829476
    curve:
      - {sms: 4, runs: 30, p50_ns: 6510457, p99_ns: 6530390, max_ns: 6530390, wcet_ns: 7836468}
      - {sms: 8, runs: 30, p50_ns: 3311668, p99_ns: 3324421, max_ns: 3324421, wcet_ns: 3989306}
      - {sms: 16, runs: 30, p50_ns: 1947268, p99_ns: 2018662, max_ns: 2018662, wcet_ns: 2422395}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3622412
    p50_ns: 3625979
    p99_ns: 3640159
    p999_ns: 3640159
    max_ns: 3640159
    wcet_ns: 4368191
    curve:
      - {sms: 4, runs: 30, p50_ns: 3628422, p99_ns: 3638617, max_ns: 3638617, wcet_ns: 4366341}
      - {sms: 8, runs: 30, p50_ns: 1849845, p99_ns: 1868010, max_ns: 1868010, wcet_ns: 2241612}
      - {sms: 16, runs: 30, p50_ns: 1026117, p99_ns: 1036327, max_ns: 1036327, wcet_ns: 1243593}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2903644
    p50_ns: 2906464
    p99_ns: 2916818
    p999_ns: 2916818
    max_ns: 2916818
    wcet_ns: 3500182
    curve:
      - {sms: 4, runs: 30, p50_ns: 2905796, p99_ns: 2914820, max_ns: 2914820, wcet_ns: 3497784}
      - {sms: 8, runs: 30, p50_ns: 1517147, p99_ns: 1532403, max_ns: 1532403, wcet_ns: 1838884}
      - {sms: 16, runs: 30, p50_ns: 969421, p99_ns: 980075, max_ns: 980075, wcet_ns: 1176090}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2176437
    p50_ns: 2178681
    p99_ns: 2190779
    p999_ns: 2190779
    max_ns: 2190779
    wcet_ns: 2628935
    curve:
      - {sms: 4, runs: 30, p50_ns: 2180071, p99_ns: 2191845, max_ns: 2191845, wcet_ns: 2630214}
      - {sms: 8, runs: 30, p50_ns: 1107311, p99_ns: 1122685, max_ns: 1122685, wcet_ns: 1347222}
      - {sms: 16, runs: 30, p50_ns: 648584, p99_ns: 659812, max_ns: 659812, wcet_ns: 791775}
