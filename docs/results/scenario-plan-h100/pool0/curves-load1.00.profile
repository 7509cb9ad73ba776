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
dispatch_overhead: {p50_ns: 711, p99_ns: 4687, max_ns: 10749}
device_memory: {driver_fixed: 1250754560, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 518227
    p50_ns: 521756
    p99_ns: 546326
    p999_ns: 546326
    max_ns: 546326
    wcet_ns: 655592
    curve:
      - {sms: 4, runs: 30, p50_ns: 527686, p99_ns: 561316, max_ns: 561316, wcet_ns: 673580}
      - {sms: 8, runs: 30, p50_ns: 283851, p99_ns: 310839, max_ns: 310839, wcet_ns: 373007}
      - {sms: 16, runs: 30, p50_ns: 176348, p99_ns: 269020, max_ns: 269020, wcet_ns: 322824}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 774044
    p50_ns: 780641
    p99_ns: 810636
    p999_ns: 810636
    max_ns: 810636
    wcet_ns: 972764
    curve:
      - {sms: 4, runs: 30, p50_ns: 783854, p99_ns: 815199, max_ns: 815199, wcet_ns: 978239}
      - {sms: 8, runs: 30, p50_ns: 410007, p99_ns: 442221, max_ns: 442221, wcet_ns: 530666}
      - {sms: 16, runs: 30, p50_ns: 247713, p99_ns: 281053, max_ns: 281053, wcet_ns: 337264}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 473400
    p50_ns: 475974
    p99_ns: 509094
    p999_ns: 509094
    max_ns: 509094
    wcet_ns: 610913
    curve:
      - {sms: 4, runs: 30, p50_ns: 475848, p99_ns: 504188, max_ns: 504188, wcet_ns: 605026}
      - {sms: 8, runs: 30, p50_ns: 259959, p99_ns: 299417, max_ns: 299417, wcet_ns: 359301}
      - {sms: 16, runs: 30, p50_ns: 162099, p99_ns: 189623, max_ns: 189623, wcet_ns: 227548}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 350014
    p50_ns: 353198
    p99_ns: 389389
    p999_ns: 389389
    max_ns: 389389
    wcet_ns: 467267
    curve:
      - {sms: 4, runs: 30, p50_ns: 353321, p99_ns: 403538, max_ns: 403538, wcet_ns: 484246}
      - {sms: 8, runs: 30, p50_ns: 197008, p99_ns: 229302, max_ns: 229302, wcet_ns: 275163}
      - {sms: 16, runs: 30, p50_ns: 128943, p99_ns: 154299, max_ns: 154299, wcet_ns: 185159}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1130623
    p50_ns: 1139941
    p99_ns: 1178894
    p999_ns: 1178894
    max_ns: 1178894
    wcet_ns: 1414673
    curve:
      - {sms: 4, runs: 30, p50_ns: 1141748, p99_ns: 1168777, max_ns: 1168777, wcet_ns: 1402533}
      - {sms: 8, runs: 30, p50_ns: 598754, p99_ns: 634990, max_ns: 634990, wcet_ns: 761988}
      - {sms: 16, runs: 30, p50_ns: 344165, p99_ns: 398200, max_ns: 398200, wcet_ns: 477840}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 924575
    p50_ns: 928716
    p99_ns: 962309
    p999_ns: 962309
    max_ns: 962309
    wcet_ns: 1154771
    curve:
      - {sms: 4, runs: 30, p50_ns: 938075, p99_ns: 985515, max_ns: 985515, wcet_ns: 1182618}
      - {sms: 8, runs: 30, p50_ns: 491368, p99_ns: 525639, max_ns: 525639, wcet_ns: 630767}
      - {sms: 16, runs: 30, p50_ns: 296837, p99_ns: 323614, max_ns: 323614, wcet_ns: 388337}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1278217
    p50_ns: 1290904
    p99_ns: 1346540
    p999_ns: 1346540
    max_ns: 1346540
    wcet_ns: 1615848
    curve:
      - {sms: 4, runs: 30, p50_ns: 1290484, p99_ns: 1342388, max_ns: 1342388, wcet_ns: 1610866}
      - {sms: 8, runs: 30, p50_ns: 680263, p99_ns: 712647, max_ns: 712647, wcet_ns: 855177}
      - {sms: 16, runs: 30, p50_ns: 420403, p99_ns: 434117, max_ns: 434117, wcet_ns: 520941}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3039948
    p50_ns: 3061970
    p99_ns: 3092424
    p999_ns: 3092424
    max_ns: 3092424
    wcet_ns: 3710909
    curve:
      - {sms: 4, runs: 30, p50_ns: 3065592, p99_ns: 3100747, max_ns: 3100747, wcet_ns: 3720897}
      - {sms: 8, runs: 30, p50_ns: 1568149, p99_ns: 1651587, max_ns: 1651587, wcet_ns: 1981905}
      - {sms: 16, runs: 30, p50_ns: 879039, p99_ns: 911058, max_ns: 911058, wcet_ns: 1093270}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 2284780
    p50_ns: 2303874
    p99_ns: 2345316
    p999_ns: 2345316
    max_ns: 2345316
    wcet_ns: 2814380
    curve:
      - {sms: 4, runs: 30, p50_ns: 2305455, p99_ns: 2334214, max_ns: 2334214, wcet_ns: 2801057}
      - {sms: 8, runs: 30, p50_ns: 1190853, p99_ns: 1223420, max_ns: 1223420, wcet_ns: 1468104}
      - {sms: 16, runs: 30, p50_ns: 674961, p99_ns: 703544, max_ns: 703544, wcet_ns: 844253}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1782868
    p50_ns: 1800729
    p99_ns: 1857765
    p999_ns: 1857765
    max_ns: 1857765
    wcet_ns: 2229318
    curve:
      - {sms: 4, runs: 30, p50_ns: 1799010, p99_ns: 1864712, max_ns: 1864712, wcet_ns: 2237655}
      - {sms: 8, runs: 30, p50_ns: 931258, p99_ns: 966055, max_ns: 966055, wcet_ns: 1159266}
      - {sms: 16, runs: 30, p50_ns: 533953, p99_ns: 559475, max_ns: 559475, wcet_ns: 671370}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 766694
    p50_ns: 770600
    p99_ns: 794356
    p999_ns: 794356
    max_ns: 794356
    wcet_ns: 953228
    curve:
      - {sms: 4, runs: 30, p50_ns: 769912, p99_ns: 793207, max_ns: 793207, wcet_ns: 951849}
      - {sms: 8, runs: 30, p50_ns: 400162, p99_ns: 421029, max_ns: 421029, wcet_ns: 505235}
      - {sms: 16, runs: 30, p50_ns: 244612, p99_ns: 297608, max_ns: 297608, wcet_ns: 357130}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1777800
    p50_ns: 1785215
    p99_ns: 1846839
    p999_ns: 1846839
    max_ns: 1846839
    wcet_ns: 2216207
    curve:
      - {sms: 4, runs: 30, p50_ns: 1806423, p99_ns: 1905555, max_ns: 1905555, wcet_ns: 2286666}
      - {sms: 8, runs: 30, p50_ns: 923545, p99_ns: 947614, max_ns: 947614, wcet_ns: 1137137}
      - {sms: 16, runs: 30, p50_ns: 527687, p99_ns: 542919, max_ns: 542919, wcet_ns: 651503}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1776881
    p50_ns: 1781073
    p99_ns: 1803681
    p999_ns: 1803681
    max_ns: 1803681
    wcet_ns: 2164418
    curve:
      - {sms: 4, runs: 30, p50_ns: 1784326, p99_ns: 1852430, max_ns: 1852430, wcet_ns: 2222916}
      - {sms: 8, runs: 30, p50_ns: 925707, p99_ns: 940229, max_ns: 940229, wcet_ns: 1128275}
      - {sms: 16, runs: 30, p50_ns: 529054, p99_ns: 548541, max_ns: 548541, wcet_ns: 658250}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1520743
    p50_ns: 1526124
    p99_ns: 1579087
    p999_ns: 1579087
    max_ns: 1579087
    wcet_ns: 1894905
    curve:
      - {sms: 4, runs: 30, p50_ns: 1527551, p99_ns: 1575847, max_ns: 1575847, wcet_ns: 1891017}
      - {sms: 8, runs: 30, p50_ns: 815847, p99_ns: 922650, max_ns: 922650, wcet_ns: 1107180}
      - {sms: 16, runs: 30, p50_ns: 527204, p99_ns: 538045, max_ns: 538045, wcet_ns: 645654}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2026058
    p50_ns: 2032129
    p99_ns: 2090033
    p999_ns: 2090033
    max_ns: 2090033
    wcet_ns: 2508040
    curve:
      - {sms: 4, runs: 30, p50_ns: 2033558, p99_ns: 2098087, max_ns: 2098087, wcet_ns: 2517705}
      - {sms: 8, runs: 30, p50_ns: 1058048, p99_ns: 1088302, max_ns: 1088302, wcet_ns: 1305963}
      - {sms: 16, runs: 30, p50_ns: 634511, p99_ns: 655604, max_ns: 655604, wcet_ns: 786725}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1269080
    p50_ns: 1282813
    p99_ns: 1339354
    p999_ns: 1339354
    max_ns: 1339354
    wcet_ns: 1607225
    curve:
      - {sms: 4, runs: 30, p50_ns: 1268379, p99_ns: 1290951, max_ns: 1290951, wcet_ns: 1549142}
      - {sms: 8, runs: 30, p50_ns: 668029, p99_ns: 702913, max_ns: 702913, wcet_ns: 843496}
      - {sms: 16, runs: 30, p50_ns: 449236, p99_ns: 481563, max_ns: 481563, wcet_ns: 577876}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3027110
    p50_ns: 3046378
    p99_ns: 3073720
    p999_ns: 3073720
    max_ns: 3073720
    wcet_ns: 3688464
    curve:
      - {sms: 4, runs: 30, p50_ns: 3053758, p99_ns: 3082579, max_ns: 3082579, wcet_ns: 3699095}
      - {sms: 8, runs: 30, p50_ns: 1587967, p99_ns: 1621580, max_ns: 1621580, wcet_ns: 1945896}
      - {sms: 16, runs: 30, p50_ns: 1040355, p99_ns: 1069604, max_ns: 1069604, wcet_ns: 1283525}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5044053
    p50_ns: 5064951
    p99_ns: 5100128
    p999_ns: 5100128
    max_ns: 5100128
    wcet_ns: 6120154
    curve:
      - {sms: 4, runs: 30, p50_ns: 5069169, p99_ns: 5092172, max_ns: 5092172, wcet_ns: 6110607}
      - {sms: 8, runs: 30, p50_ns: 2578577, p99_ns: 2621074, max_ns: 2621074, wcet_ns: 3145289}
      - {sms: 16, runs: 30, p50_ns: 1518879, p99_ns: 1538546, max_ns: 1538546, wcet_ns: 1846256}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3534170
    p50_ns: 3545628
    p99_ns: 3575603
    p999_ns: 3575603
    max_ns: 3575603
    wcet_ns: 4290724
    curve:
      - {sms: 4, runs: 30, p50_ns: 3553488, p99_ns: 3622708, max_ns: 3622708, wcet_ns: 4347250}
      - {sms: 8, runs: 30, p50_ns: 1819742, p99_ns: 1862884, max_ns: 1862884, wcet_ns: 2235461}
      - {sms: 16, runs: 30, p50_ns: 1077838, p99_ns: 1109725, max_ns: 1109725, wcet_ns: 1331670}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4034902
    p50_ns: 4060536
    p99_ns: 4102694
    p999_ns: 4102694
    max_ns: 4102694
    wcet_ns: 4923233
    curve:
      - {sms: 4, runs: 30, p50_ns: 4061467, p99_ns: 4098069, max_ns: 4098069, wcet_ns: 4917683}
      - {sms: 8, runs: 30, p50_ns: 2101830, p99_ns: 2136582, max_ns: 2136582, wcet_ns: 2563899}
      - {sms: 16, runs: 30, p50_ns: 1365555, p99_ns: 1405689, max_ns: 1405689, wcet_ns: 1686827}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4536679
    p50_ns: 4553629
    p99_ns: 4596253
    p999_ns: 4596253
    max_ns: 4596253
    wcet_ns: 5515504
    curve:
      - {sms: 4, runs: 30, p50_ns: 4568973, p99_ns: 4673254, max_ns: 4673254, wcet_ns: 5607905}
      - {sms: 8, runs: 30, p50_ns: 2327264, p99_ns: 2408942, max_ns: 2408942, wcet_ns: 2890731}
      - {sms: 16, runs: 30, p50_ns: 1383803, p99_ns: 1406207, max_ns: 1406207, wcet_ns: 1687449}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2531230
    p50_ns: 2535600
    p99_ns: 2601453
    p999_ns: 2601453
    max_ns: 2601453
    wcet_ns: 3121744
    curve:
      - {sms: 4, runs: 30, p50_ns: 2543839, p99_ns: 2592259, max_ns: 2592259, wcet_ns: 3110711}
      - {sms: 8, runs: 30, p50_ns: 1307792, p99_ns: 1346616, max_ns: 1346616, wcet_ns: 1615940}
      - {sms: 16, runs: 30, p50_ns: 738559, p99_ns: 758829, max_ns: 758829, wcet_ns: 910595}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2030528
    p50_ns: 2039140
    p99_ns: 2093937
    p999_ns: 2093937
    max_ns: 2093937
    wcet_ns: 2512725
    curve:
      - {sms: 4, runs: 30, p50_ns: 2043353, p99_ns: 2083974, max_ns: 2083974, wcet_ns: 2500769}
      - {sms: 8, runs: 30, p50_ns: 1077715, p99_ns: 1120015, max_ns: 1120015, wcet_ns: 1344018}
      - {sms: 16, runs: 30, p50_ns: 699608, p99_ns: 725344, max_ns: 725344, wcet_ns: 870413}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 1522702
    p50_ns: 1535760
    p99_ns: 1559043
    p999_ns: 1559043
    max_ns: 1559043
    wcet_ns: 1870852
    curve:
      - {sms: 4, runs: 30, p50_ns: 1533262, p99_ns: 1565651, max_ns: 1565651, wcet_ns: 1878782}
      - {sms: 8, runs: 30, p50_ns: 788147, p99_ns: 848108, max_ns: 848108, wcet_ns: 1017730}
      - {sms: 16, runs: 30, p50_ns: 476924, p99_ns: 503657, max_ns: 503657, wcet_ns: 604389}
