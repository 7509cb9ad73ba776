# AegisRT WCET profile, written by 'aegisrt profile'; read by 'aegisrt admit|run
# --wcet-profile' (include/aegis/profile.h). Times in ns: execution = finish -
# start of each job run alone, back to back; wcet = ceil(max * margin);
# dispatch_overhead = start - release over every job.
# curve: the model alone on one lane of each size (lane_sizes); interference (where
# measured) = p99 with a memory-bound neighbour on another lane / p99 alone.
# shared: k = the model on one of k lanes sharing one partition of sms SMs, the
# other k - 1 lanes busy with the workload's models.
# device_memory: bytes outside the memory pool, measured as drops of free device
# memory; driver_fixed: the driver's share before any lane, what the jobs loaded
# and the CUDA graphs, in a first run of every model together (docs/MEMORY.md).
version: 4
workload: "examples/edge-24-gpu.yaml"
device: "cuda"
device_name: "NVIDIA H100 80GB HBM3"
device_profile: "orin-agx-8g"
lanes: 4
runs: 15
margin: 1.2
dispatch_overhead: {p50_ns: 314, p99_ns: 3601, max_ns: 4441}
device_memory: {driver_fixed: 4744609792, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0, device_other: 503316480}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 738108
    p50_ns: 740406
    p99_ns: 758551
    p999_ns: 758551
    max_ns: 758551
    wcet_ns: 910262
    curve:
      - {sms: 4, runs: 15, p50_ns: 739185, p99_ns: 753347, max_ns: 753347, wcet_ns: 904017, interference: 1.0376}
      - {sms: 8, runs: 15, p50_ns: 387350, p99_ns: 408270, max_ns: 408270, wcet_ns: 489924, interference: 1.0332}
      - {sms: 16, runs: 15, p50_ns: 228767, p99_ns: 254239, max_ns: 254239, wcet_ns: 305087}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 382481, p99_ns: 436535, max_ns: 436535, wcet_ns: 523842}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 545567, p99_ns: 830762, max_ns: 830762, wcet_ns: 996915}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 869439, p99_ns: 1589013, max_ns: 1589013, wcet_ns: 1906816}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1098447
    p50_ns: 1099857
    p99_ns: 1113415
    p999_ns: 1113415
    max_ns: 1113415
    wcet_ns: 1336098
    curve:
      - {sms: 4, runs: 15, p50_ns: 1099303, p99_ns: 1112656, max_ns: 1112656, wcet_ns: 1335188, interference: 1.002}
      - {sms: 8, runs: 15, p50_ns: 566624, p99_ns: 595564, max_ns: 595564, wcet_ns: 714677, interference: 1.0411}
      - {sms: 16, runs: 15, p50_ns: 330788, p99_ns: 353125, max_ns: 353125, wcet_ns: 423750}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 517270, p99_ns: 588266, max_ns: 588266, wcet_ns: 705920}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 859535, p99_ns: 1148779, max_ns: 1148779, wcet_ns: 1378535}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1074873, p99_ns: 1697823, max_ns: 1697823, wcet_ns: 2037388}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 664319
    p50_ns: 672243
    p99_ns: 691547
    p999_ns: 691547
    max_ns: 691547
    wcet_ns: 829857
    curve:
      - {sms: 4, runs: 15, p50_ns: 667740, p99_ns: 680343, max_ns: 680343, wcet_ns: 816412, interference: 1.0017}
      - {sms: 8, runs: 15, p50_ns: 349237, p99_ns: 364876, max_ns: 364876, wcet_ns: 437852, interference: 1.0161}
      - {sms: 16, runs: 15, p50_ns: 207704, p99_ns: 241588, max_ns: 241588, wcet_ns: 289906}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 327520, p99_ns: 464781, max_ns: 464781, wcet_ns: 557738}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 471590, p99_ns: 811233, max_ns: 811233, wcet_ns: 973480}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 852165, p99_ns: 1580878, max_ns: 1580878, wcet_ns: 1897054}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 485417
    p50_ns: 487851
    p99_ns: 505105
    p999_ns: 505105
    max_ns: 505105
    wcet_ns: 606126
    curve:
      - {sms: 4, runs: 15, p50_ns: 489022, p99_ns: 500940, max_ns: 500940, wcet_ns: 601128, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 261197, p99_ns: 274496, max_ns: 274496, wcet_ns: 329396, interference: 1.0497}
      - {sms: 16, runs: 15, p50_ns: 158747, p99_ns: 176226, max_ns: 176226, wcet_ns: 211472}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 282163, p99_ns: 335569, max_ns: 335569, wcet_ns: 402683}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 423441, p99_ns: 1021884, max_ns: 1021884, wcet_ns: 1226261}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 579794, p99_ns: 964270, max_ns: 964270, wcet_ns: 1157124}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1608658
    p50_ns: 1617000
    p99_ns: 1676877
    p999_ns: 1676877
    max_ns: 1676877
    wcet_ns: 2012253
    curve:
      - {sms: 4, runs: 15, p50_ns: 1615785, p99_ns: 1678715, max_ns: 1678715, wcet_ns: 2014458, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 848100, p99_ns: 865897, max_ns: 865897, wcet_ns: 1039077, interference: 1.0111}
      - {sms: 16, runs: 15, p50_ns: 483380, p99_ns: 498671, max_ns: 498671, wcet_ns: 598406}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 709497, p99_ns: 972542, max_ns: 972542, wcet_ns: 1167051}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1384245, p99_ns: 2384322, max_ns: 2384322, wcet_ns: 2861187}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1818145, p99_ns: 2410828, max_ns: 2410828, wcet_ns: 2892994}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1314688
    p50_ns: 1316137
    p99_ns: 1409596
    p999_ns: 1409596
    max_ns: 1409596
    wcet_ns: 1691516
    curve:
      - {sms: 4, runs: 15, p50_ns: 1314552, p99_ns: 1324946, max_ns: 1324946, wcet_ns: 1589936, interference: 1.0197}
      - {sms: 8, runs: 15, p50_ns: 679925, p99_ns: 691172, max_ns: 691172, wcet_ns: 829407, interference: 1.0581}
      - {sms: 16, runs: 15, p50_ns: 405928, p99_ns: 418369, max_ns: 418369, wcet_ns: 502043}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 900558, p99_ns: 1116458, max_ns: 1116458, wcet_ns: 1339750}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1169478, p99_ns: 1538180, max_ns: 1538180, wcet_ns: 1845816}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1712100, p99_ns: 2784353, max_ns: 2784353, wcet_ns: 3341224}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1822296
    p50_ns: 1825461
    p99_ns: 1853553
    p999_ns: 1853553
    max_ns: 1853553
    wcet_ns: 2224264
    curve:
      - {sms: 4, runs: 15, p50_ns: 1828340, p99_ns: 1867442, max_ns: 1867442, wcet_ns: 2240931, interference: 1.015}
      - {sms: 8, runs: 15, p50_ns: 956774, p99_ns: 969923, max_ns: 969923, wcet_ns: 1163908, interference: 1.0169}
      - {sms: 16, runs: 15, p50_ns: 570417, p99_ns: 584207, max_ns: 584207, wcet_ns: 701049}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 977443, p99_ns: 1337906, max_ns: 1337906, wcet_ns: 1605488}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1479446, p99_ns: 2241755, max_ns: 2241755, wcet_ns: 2690106}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2281013, p99_ns: 2961208, max_ns: 2961208, wcet_ns: 3553450}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 4345863
    p50_ns: 4349194
    p99_ns: 4366626
    p999_ns: 4366626
    max_ns: 4366626
    wcet_ns: 5239952
    curve:
      - {sms: 4, runs: 15, p50_ns: 4348885, p99_ns: 4380044, max_ns: 4380044, wcet_ns: 5256053, interference: 1.0042}
      - {sms: 8, runs: 15, p50_ns: 2213668, p99_ns: 2226747, max_ns: 2226747, wcet_ns: 2672097, interference: 1.0119}
      - {sms: 16, runs: 15, p50_ns: 1244777, p99_ns: 1254910, max_ns: 1254910, wcet_ns: 1505892}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1894537, p99_ns: 2496025, max_ns: 2496025, wcet_ns: 2995230}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2940588, p99_ns: 3351284, max_ns: 3351284, wcet_ns: 4021541}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3459092, p99_ns: 4764872, max_ns: 4764872, wcet_ns: 5717847}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 3266573
    p50_ns: 3272000
    p99_ns: 3334419
    p999_ns: 3334419
    max_ns: 3334419
    wcet_ns: 4001303
    curve:
      - {sms: 4, runs: 15, p50_ns: 3272184, p99_ns: 3280973, max_ns: 3280973, wcet_ns: 3937168, interference: 1.0106}
      - {sms: 8, runs: 15, p50_ns: 1681941, p99_ns: 1708590, max_ns: 1708590, wcet_ns: 2050308, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 934653, p99_ns: 943279, max_ns: 943279, wcet_ns: 1131935}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1557768, p99_ns: 1719743, max_ns: 1719743, wcet_ns: 2063692}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1974820, p99_ns: 2647965, max_ns: 2647965, wcet_ns: 3177558}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2657813, p99_ns: 3453798, max_ns: 3453798, wcet_ns: 4144558}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 2543275
    p50_ns: 2555059
    p99_ns: 2583022
    p999_ns: 2583022
    max_ns: 2583022
    wcet_ns: 3099627
    curve:
      - {sms: 4, runs: 15, p50_ns: 2548184, p99_ns: 2604509, max_ns: 2604509, wcet_ns: 3125411, interference: 1.0165}
      - {sms: 8, runs: 15, p50_ns: 1304734, p99_ns: 1315436, max_ns: 1315436, wcet_ns: 1578524, interference: 1.0001}
      - {sms: 16, runs: 15, p50_ns: 733988, p99_ns: 741783, max_ns: 741783, wcet_ns: 890140}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1241260, p99_ns: 1385456, max_ns: 1385456, wcet_ns: 1662548}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1979858, p99_ns: 2504000, max_ns: 2504000, wcet_ns: 3004800}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2325323, p99_ns: 3503115, max_ns: 3503115, wcet_ns: 4203738}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 1098196
    p50_ns: 1100741
    p99_ns: 1113840
    p999_ns: 1113840
    max_ns: 1113840
    wcet_ns: 1336608
    curve:
      - {sms: 4, runs: 15, p50_ns: 1101312, p99_ns: 1119649, max_ns: 1119649, wcet_ns: 1343579, interference: 1.0151}
      - {sms: 8, runs: 15, p50_ns: 573339, p99_ns: 602069, max_ns: 602069, wcet_ns: 722483, interference: 1.0421}
      - {sms: 16, runs: 15, p50_ns: 330215, p99_ns: 351982, max_ns: 351982, wcet_ns: 422379}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 620842, p99_ns: 769737, max_ns: 769737, wcet_ns: 923685}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 776348, p99_ns: 1244642, max_ns: 1244642, wcet_ns: 1493571}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1104107, p99_ns: 1424234, max_ns: 1424234, wcet_ns: 1709081}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 2540511
    p50_ns: 2542994
    p99_ns: 2561248
    p999_ns: 2561248
    max_ns: 2561248
    wcet_ns: 3073498
    curve:
      - {sms: 4, runs: 15, p50_ns: 2546365, p99_ns: 2595337, max_ns: 2595337, wcet_ns: 3114405, interference: 1.0626}
      - {sms: 8, runs: 15, p50_ns: 1306165, p99_ns: 1323258, max_ns: 1323258, wcet_ns: 1587910, interference: 1.0071}
      - {sms: 16, runs: 15, p50_ns: 735047, p99_ns: 745354, max_ns: 745354, wcet_ns: 894425}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1096971, p99_ns: 1457241, max_ns: 1457241, wcet_ns: 1748690}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1729632, p99_ns: 2067991, max_ns: 2067991, wcet_ns: 2481590}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2139187, p99_ns: 2585453, max_ns: 2585453, wcet_ns: 3102544}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 2563904
    p50_ns: 2579040
    p99_ns: 2611377
    p999_ns: 2611377
    max_ns: 2611377
    wcet_ns: 3133653
    curve:
      - {sms: 4, runs: 15, p50_ns: 2544694, p99_ns: 2567274, max_ns: 2567274, wcet_ns: 3080729, interference: 1.012}
      - {sms: 8, runs: 15, p50_ns: 1305011, p99_ns: 1320808, max_ns: 1320808, wcet_ns: 1584970, interference: 1.0234}
      - {sms: 16, runs: 15, p50_ns: 733301, p99_ns: 748276, max_ns: 748276, wcet_ns: 897932}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1275777, p99_ns: 1465964, max_ns: 1465964, wcet_ns: 1759157}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1625793, p99_ns: 2464555, max_ns: 2464555, wcet_ns: 2957466}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2196612, p99_ns: 2930171, max_ns: 2930171, wcet_ns: 3516206}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 2182141
    p50_ns: 2185207
    p99_ns: 2196894
    p999_ns: 2196894
    max_ns: 2196894
    wcet_ns: 2636273
    curve:
      - {sms: 4, runs: 15, p50_ns: 2185808, p99_ns: 2193027, max_ns: 2193027, wcet_ns: 2631633, interference: 1.0276}
      - {sms: 8, runs: 15, p50_ns: 1148168, p99_ns: 1162039, max_ns: 1162039, wcet_ns: 1394447, interference: 1.0581}
      - {sms: 16, runs: 15, p50_ns: 741402, p99_ns: 761390, max_ns: 761390, wcet_ns: 913668}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1281343, p99_ns: 1322394, max_ns: 1322394, wcet_ns: 1586873}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2175930, p99_ns: 2598578, max_ns: 2598578, wcet_ns: 3118294}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2864746, p99_ns: 3364627, max_ns: 3364627, wcet_ns: 4037553}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 2903654
    p50_ns: 2906950
    p99_ns: 2924697
    p999_ns: 2924697
    max_ns: 2924697
    wcet_ns: 3509637
    curve:
      - {sms: 4, runs: 15, p50_ns: 2908240, p99_ns: 2936528, max_ns: 2936528, wcet_ns: 3523834, interference: 1.0209}
      - {sms: 8, runs: 15, p50_ns: 1509400, p99_ns: 1517580, max_ns: 1517580, wcet_ns: 1821096, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 875150, p99_ns: 889245, max_ns: 889245, wcet_ns: 1067094}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1530113, p99_ns: 1756130, max_ns: 1756130, wcet_ns: 2107356}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2537012, p99_ns: 2936058, max_ns: 2936058, wcet_ns: 3523270}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3117089, p99_ns: 3421143, max_ns: 3421143, wcet_ns: 4105372}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1816740
    p50_ns: 1818616
    p99_ns: 1842022
    p999_ns: 1842022
    max_ns: 1842022
    wcet_ns: 2210427
    curve:
      - {sms: 4, runs: 15, p50_ns: 1819256, p99_ns: 1832709, max_ns: 1832709, wcet_ns: 2199251, interference: 1.0256}
      - {sms: 8, runs: 15, p50_ns: 937434, p99_ns: 953818, max_ns: 953818, wcet_ns: 1144582, interference: 1.0412}
      - {sms: 16, runs: 15, p50_ns: 626590, p99_ns: 645167, max_ns: 645167, wcet_ns: 774201}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1069508, p99_ns: 1209558, max_ns: 1209558, wcet_ns: 1451470}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1520442, p99_ns: 2425034, max_ns: 2425034, wcet_ns: 2910041}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2074622, p99_ns: 2678223, max_ns: 2678223, wcet_ns: 3213868}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 4343136
    p50_ns: 4349051
    p99_ns: 4385381
    p999_ns: 4385381
    max_ns: 4385381
    wcet_ns: 5262458
    curve:
      - {sms: 4, runs: 15, p50_ns: 4345150, p99_ns: 4365031, max_ns: 4365031, wcet_ns: 5238038, interference: 1.029}
      - {sms: 8, runs: 15, p50_ns: 2253929, p99_ns: 2266673, max_ns: 2266673, wcet_ns: 2720008, interference: 1.0333}
      - {sms: 16, runs: 15, p50_ns: 1465838, p99_ns: 1475630, max_ns: 1475630, wcet_ns: 1770756}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 2558507, p99_ns: 2672475, max_ns: 2672475, wcet_ns: 3206970}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 3589519, p99_ns: 4221540, max_ns: 4221540, wcet_ns: 5065848}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 4741478, p99_ns: 5740580, max_ns: 5740580, wcet_ns: 6888696}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 7220854
    p50_ns: 7228872
    p99_ns: 7259745
    p999_ns: 7259745
    max_ns: 7259745
    wcet_ns: 8711694
    curve:
      - {sms: 4, runs: 15, p50_ns: 7229476, p99_ns: 7282783, max_ns: 7282783, wcet_ns: 8739340, interference: 1.0132}
      - {sms: 8, runs: 15, p50_ns: 3673992, p99_ns: 3703917, max_ns: 3703917, wcet_ns: 4444701, interference: 1.008}
      - {sms: 16, runs: 15, p50_ns: 2159474, p99_ns: 2177493, max_ns: 2177493, wcet_ns: 2612992}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 3668649, p99_ns: 4002668, max_ns: 4002668, wcet_ns: 4803202}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 4626270, p99_ns: 5502004, max_ns: 5502004, wcet_ns: 6602405}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 5459874, p99_ns: 6142668, max_ns: 6142668, wcet_ns: 7371202}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 5059917
    p50_ns: 5066020
    p99_ns: 5083693
    p999_ns: 5083693
    max_ns: 5083693
    wcet_ns: 6100432
    curve:
      - {sms: 4, runs: 15, p50_ns: 5073052, p99_ns: 5104684, max_ns: 5104684, wcet_ns: 6125621, interference: 1.123}
      - {sms: 8, runs: 15, p50_ns: 2582613, p99_ns: 2598093, max_ns: 2598093, wcet_ns: 3117712, interference: 1.0011}
      - {sms: 16, runs: 15, p50_ns: 1519689, p99_ns: 1543255, max_ns: 1543255, wcet_ns: 1851906}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 2136649, p99_ns: 2755200, max_ns: 2755200, wcet_ns: 3306240}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 3600376, p99_ns: 4287341, max_ns: 4287341, wcet_ns: 5144810}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 4637717, p99_ns: 5890838, max_ns: 5890838, wcet_ns: 7069006}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 5780836
    p50_ns: 5787209
    p99_ns: 5837623
    p999_ns: 5837623
    max_ns: 5837623
    wcet_ns: 7005148
    curve:
      - {sms: 4, runs: 15, p50_ns: 5788810, p99_ns: 5796554, max_ns: 5796554, wcet_ns: 6955865, interference: 1.0256}
      - {sms: 8, runs: 15, p50_ns: 2990975, p99_ns: 3007958, max_ns: 3007958, wcet_ns: 3609550, interference: 1.0255}
      - {sms: 16, runs: 15, p50_ns: 1939258, p99_ns: 1949592, max_ns: 1949592, wcet_ns: 2339511}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 2887778, p99_ns: 3462774, max_ns: 3462774, wcet_ns: 4155329}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 4542996, p99_ns: 5505070, max_ns: 5505070, wcet_ns: 6606084}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 5519865, p99_ns: 7025157, max_ns: 7025157, wcet_ns: 8430189}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 6511106
    p50_ns: 6515789
    p99_ns: 6538821
    p999_ns: 6538821
    max_ns: 6538821
    wcet_ns: 7846586
    curve:
      - {sms: 4, runs: 15, p50_ns: 6525180, p99_ns: 6556179, max_ns: 6556179, wcet_ns: 7867415, interference: 1.0142}
      - {sms: 8, runs: 15, p50_ns: 3322530, p99_ns: 3337854, max_ns: 3337854, wcet_ns: 4005425, interference: 1.0108}
      - {sms: 16, runs: 15, p50_ns: 1963258, p99_ns: 1974198, max_ns: 1974198, wcet_ns: 2369038}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 3058844, p99_ns: 3320687, max_ns: 3320687, wcet_ns: 3984825}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 4419633, p99_ns: 4933994, max_ns: 4933994, wcet_ns: 5920793}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 5278194, p99_ns: 5915135, max_ns: 5915135, wcet_ns: 7098162}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 3624045
    p50_ns: 3628543
    p99_ns: 3644904
    p999_ns: 3644904
    max_ns: 3644904
    wcet_ns: 4373885
    curve:
      - {sms: 4, runs: 15, p50_ns: 3630036, p99_ns: 3645557, max_ns: 3645557, wcet_ns: 4374669, interference: 1.006}
      - {sms: 8, runs: 15, p50_ns: 1848031, p99_ns: 1863355, max_ns: 1863355, wcet_ns: 2236026, interference: 1.0145}
      - {sms: 16, runs: 15, p50_ns: 1029451, p99_ns: 1040889, max_ns: 1040889, wcet_ns: 1249067}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1345922, p99_ns: 1512897, max_ns: 1512897, wcet_ns: 1815477}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2569125, p99_ns: 3130705, max_ns: 3130705, wcet_ns: 3756846}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2736351, p99_ns: 3273775, max_ns: 3273775, wcet_ns: 3928530}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 2900513
    p50_ns: 2903576
    p99_ns: 2913983
    p999_ns: 2913983
    max_ns: 2913983
    wcet_ns: 3496780
    curve:
      - {sms: 4, runs: 15, p50_ns: 2904476, p99_ns: 2916877, max_ns: 2916877, wcet_ns: 3500253, interference: 1.0231}
      - {sms: 8, runs: 15, p50_ns: 1525224, p99_ns: 1548209, max_ns: 1548209, wcet_ns: 1857851, interference: 1.0124}
      - {sms: 16, runs: 15, p50_ns: 981127, p99_ns: 996526, max_ns: 996526, wcet_ns: 1195832}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1693774, p99_ns: 1950744, max_ns: 1950744, wcet_ns: 2340893}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2723192, p99_ns: 3502655, max_ns: 3502655, wcet_ns: 4203186}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3865695, p99_ns: 4743480, max_ns: 4743480, wcet_ns: 5692176}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 2177478
    p50_ns: 2188497
    p99_ns: 2218187
    p999_ns: 2218187
    max_ns: 2218187
    wcet_ns: 2661825
    curve:
      - {sms: 4, runs: 15, p50_ns: 2181882, p99_ns: 2194189, max_ns: 2194189, wcet_ns: 2633027, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 1108391, p99_ns: 1131233, max_ns: 1131233, wcet_ns: 1357480, interference: 1.0282}
      - {sms: 16, runs: 15, p50_ns: 652999, p99_ns: 690144, max_ns: 690144, wcet_ns: 828173}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1106271, p99_ns: 1245903, max_ns: 1245903, wcet_ns: 1495084}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1774859, p99_ns: 2058275, max_ns: 2058275, wcet_ns: 2469930}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1915818, p99_ns: 2638036, max_ns: 2638036, wcet_ns: 3165644}
