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
dispatch_overhead: {p50_ns: 296, p99_ns: 2819, max_ns: 45130}
device_memory: {driver_fixed: 3448569856, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 597221
    p50_ns: 598843
    p99_ns: 613677
    p999_ns: 613677
    max_ns: 613677
    wcet_ns: 736413
    curve:
      - {sms: 4, runs: 30, p50_ns: 599851, p99_ns: 609525, max_ns: 609525, wcet_ns: 731430}
      - {sms: 8, runs: 30, p50_ns: 315066, p99_ns: 324339, max_ns: 324339, wcet_ns: 389207}
      - {sms: 16, runs: 30, p50_ns: 189494, p99_ns: 200314, max_ns: 200314, wcet_ns: 240377}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 886420
    p50_ns: 888958
    p99_ns: 904293
    p999_ns: 904293
    max_ns: 904293
    wcet_ns: 1085152
    curve:
      - {sms: 4, runs: 30, p50_ns: 891325, p99_ns: 900075, max_ns: 900075, wcet_ns: 1080090}
      - {sms: 8, runs: 30, p50_ns: 460608, p99_ns: 472229, max_ns: 472229, wcet_ns: 566675}
      - {sms: 16, runs: 30, p50_ns: 270128, p99_ns: 282656, max_ns: 282656, wcet_ns: 339188}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 539154
    p50_ns: 540995
    p99_ns: 553148
    p999_ns: 553148
    max_ns: 553148
    wcet_ns: 663778
    curve:
      - {sms: 4, runs: 30, p50_ns: 540774, p99_ns: 550512, max_ns: 550512, wcet_ns: 660615}
      - {sms: 8, runs: 30, p50_ns: 286465, p99_ns: 299552, max_ns: 299552, wcet_ns: 359463}
      - {sms: 16, runs: 30, p50_ns: 171471, p99_ns: 181625, max_ns: 181625, wcet_ns: 217950}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 394280
    p50_ns: 395907
    p99_ns: 410329
    p999_ns: 410329
    max_ns: 410329
    wcet_ns: 492395
    curve:
      - {sms: 4, runs: 30, p50_ns: 396426, p99_ns: 405449, max_ns: 405449, wcet_ns: 486539}
      - {sms: 8, runs: 30, p50_ns: 214462, p99_ns: 225175, max_ns: 225175, wcet_ns: 270210}
      - {sms: 16, runs: 30, p50_ns: 132588, p99_ns: 143523, max_ns: 143523, wcet_ns: 172228}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1297530
    p50_ns: 1300542
    p99_ns: 1315373
    p999_ns: 1315373
    max_ns: 1315373
    wcet_ns: 1578448
    curve:
      - {sms: 4, runs: 30, p50_ns: 1304901, p99_ns: 1322128, max_ns: 1322128, wcet_ns: 1586554}
      - {sms: 8, runs: 30, p50_ns: 678232, p99_ns: 693228, max_ns: 693228, wcet_ns: 831874}
      - {sms: 16, runs: 30, p50_ns: 384697, p99_ns: 391878, max_ns: 391878, wcet_ns: 470254}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1060528
    p50_ns: 1062002
    p99_ns: 1074871
    p999_ns: 1074871
    max_ns: 1074871
    wcet_ns: 1289846
    curve:
      - {sms: 4, runs: 30, p50_ns: 1064397, p99_ns: 1074078, max_ns: 1074078, wcet_ns: 1288894}
      - {sms: 8, runs: 30, p50_ns: 552239, p99_ns: 562302, max_ns: 562302, wcet_ns: 674763}
      - {sms: 16, runs: 30, p50_ns: 333435, p99_ns: 344296, max_ns: 344296, wcet_ns: 413156}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1476087
    p50_ns: 1478487
    p99_ns: 1490712
    p999_ns: 1490712
    max_ns: 1490712
    wcet_ns: 1788855
    curve:
      - {sms: 4, runs: 30, p50_ns: 1478933, p99_ns: 1495500, max_ns: 1495500, wcet_ns: 1794600}
      - {sms: 8, runs: 30, p50_ns: 773613, p99_ns: 788837, max_ns: 788837, wcet_ns: 946605}
      - {sms: 16, runs: 30, p50_ns: 464868, p99_ns: 481773, max_ns: 481773, wcet_ns: 578128}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3503065
    p50_ns: 3506670
    p99_ns: 3586205
    p999_ns: 3586205
    max_ns: 3586205
    wcet_ns: 4303446
    curve:
      - {sms: 4, runs: 30, p50_ns: 3507525, p99_ns: 3519050, max_ns: 3519050, wcet_ns: 4222860}
      - {sms: 8, runs: 30, p50_ns: 1788640, p99_ns: 1804709, max_ns: 1804709, wcet_ns: 2165651}
      - {sms: 16, runs: 30, p50_ns: 992883, p99_ns: 1005458, max_ns: 1005458, wcet_ns: 1206550}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 2633412
    p50_ns: 2635695
    p99_ns: 2644733
    p999_ns: 2644733
    max_ns: 2644733
    wcet_ns: 3173680
    curve:
      - {sms: 4, runs: 30, p50_ns: 2646657, p99_ns: 2700298, max_ns: 2700298, wcet_ns: 3240358}
      - {sms: 8, runs: 30, p50_ns: 1349656, p99_ns: 1365649, max_ns: 1365649, wcet_ns: 1638779}
      - {sms: 16, runs: 30, p50_ns: 764173, p99_ns: 781060, max_ns: 781060, wcet_ns: 937272}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 2055269
    p50_ns: 2058028
    p99_ns: 2081028
    p999_ns: 2081028
    max_ns: 2081028
    wcet_ns: 2497234
    curve:
      - {sms: 4, runs: 30, p50_ns: 2058485, p99_ns: 2070832, max_ns: 2070832, wcet_ns: 2484999}
      - {sms: 8, runs: 30, p50_ns: 1059585, p99_ns: 1071114, max_ns: 1071114, wcet_ns: 1285337}
      - {sms: 16, runs: 30, p50_ns: 596881, p99_ns: 603708, max_ns: 603708, wcet_ns: 724450}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 886646
    p50_ns: 888201
    p99_ns: 901503
    p999_ns: 901503
    max_ns: 901503
    wcet_ns: 1081804
    curve:
      - {sms: 4, runs: 30, p50_ns: 889434, p99_ns: 904466, max_ns: 904466, wcet_ns: 1085360}
      - {sms: 8, runs: 30, p50_ns: 459437, p99_ns: 469042, max_ns: 469042, wcet_ns: 562851}
      - {sms: 16, runs: 30, p50_ns: 269478, p99_ns: 279972, max_ns: 279972, wcet_ns: 335967}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2057647
    p50_ns: 2061522
    p99_ns: 2074522
    p999_ns: 2074522
    max_ns: 2074522
    wcet_ns: 2489427
    curve:
      - {sms: 4, runs: 30, p50_ns: 2064590, p99_ns: 2096618, max_ns: 2096618, wcet_ns: 2515942}
      - {sms: 8, runs: 30, p50_ns: 1060136, p99_ns: 1073493, max_ns: 1073493, wcet_ns: 1288192}
      - {sms: 16, runs: 30, p50_ns: 597092, p99_ns: 604588, max_ns: 604588, wcet_ns: 725506}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2051740
    p50_ns: 2053472
    p99_ns: 2074248
    p999_ns: 2074248
    max_ns: 2074248
    wcet_ns: 2489098
    curve:
      - {sms: 4, runs: 30, p50_ns: 2056565, p99_ns: 2067896, max_ns: 2067896, wcet_ns: 2481476}
      - {sms: 8, runs: 30, p50_ns: 1057749, p99_ns: 1066731, max_ns: 1066731, wcet_ns: 1280078}
      - {sms: 16, runs: 30, p50_ns: 596420, p99_ns: 604843, max_ns: 604843, wcet_ns: 725812}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1762641
    p50_ns: 1765730
    p99_ns: 1819234
    p999_ns: 1819234
    max_ns: 1819234
    wcet_ns: 2183081
    curve:
      - {sms: 4, runs: 30, p50_ns: 1768130, p99_ns: 1823214, max_ns: 1823214, wcet_ns: 2187857}
      - {sms: 8, runs: 30, p50_ns: 933823, p99_ns: 952030, max_ns: 952030, wcet_ns: 1142436}
      - {sms: 16, runs: 30, p50_ns: 606472, p99_ns: 624138, max_ns: 624138, wcet_ns: 748966}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2342130
    p50_ns: 2344345
    p99_ns: 2357882
    p999_ns: 2357882
    max_ns: 2357882
    wcet_ns: 2829459
    curve:
      - {sms: 4, runs: 30, p50_ns: 2346054, p99_ns: 2359135, max_ns: 2359135, wcet_ns: 2830962}
      - {sms: 8, runs: 30, p50_ns: 1216422, p99_ns: 1232254, max_ns: 1232254, wcet_ns: 1478705}
      - {sms: 16, runs: 30, p50_ns: 706437, p99_ns: 720247, max_ns: 720247, wcet_ns: 864297}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1466973
    p50_ns: 1471486
    p99_ns: 1525373
    p999_ns: 1525373
    max_ns: 1525373
    wcet_ns: 1830448
    curve:
      - {sms: 4, runs: 30, p50_ns: 1472350, p99_ns: 1532489, max_ns: 1532489, wcet_ns: 1838987}
      - {sms: 8, runs: 30, p50_ns: 757418, p99_ns: 770516, max_ns: 770516, wcet_ns: 924620}
      - {sms: 16, runs: 30, p50_ns: 498516, p99_ns: 503738, max_ns: 503738, wcet_ns: 604486}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3502531
    p50_ns: 3505798
    p99_ns: 3516568
    p999_ns: 3516568
    max_ns: 3516568
    wcet_ns: 4219882
    curve:
      - {sms: 4, runs: 30, p50_ns: 3509523, p99_ns: 3523022, max_ns: 3523022, wcet_ns: 4227627}
      - {sms: 8, runs: 30, p50_ns: 1820025, p99_ns: 1844033, max_ns: 1844033, wcet_ns: 2212840}
      - {sms: 16, runs: 30, p50_ns: 1175968, p99_ns: 1185252, max_ns: 1185252, wcet_ns: 1422303}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5823290
    p50_ns: 5828016
    p99_ns: 5840606
    p999_ns: 5840606
    max_ns: 5840606
    wcet_ns: 7008728
    curve:
      - {sms: 4, runs: 30, p50_ns: 5831215, p99_ns: 5843632, max_ns: 5843632, wcet_ns: 7012359}
      - {sms: 8, runs: 30, p50_ns: 2967644, p99_ns: 2985418, max_ns: 2985418, wcet_ns: 3582502}
      - {sms: 16, runs: 30, p50_ns: 1730489, p99_ns: 1742507, max_ns: 1742507, wcet_ns: 2091009}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4079477
    p50_ns: 4084595
    p99_ns: 4101210
    p999_ns: 4101210
    max_ns: 4101210
    wcet_ns: 4921452
    curve:
      - {sms: 4, runs: 30, p50_ns: 4088461, p99_ns: 4129884, max_ns: 4129884, wcet_ns: 4955861}
      - {sms: 8, runs: 30, p50_ns: 2088437, p99_ns: 2140200, max_ns: 2140200, wcet_ns: 2568240}
      - {sms: 16, runs: 30, p50_ns: 1223602, p99_ns: 1240517, max_ns: 1240517, wcet_ns: 1488621}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4670385
    p50_ns: 4712623
    p99_ns: 5085466
    p999_ns: 5085466
    max_ns: 5085466
    wcet_ns: 6102560
    curve:
      - {sms: 4, runs: 30, p50_ns: 4692719, p99_ns: 4733378, max_ns: 4733378, wcet_ns: 5680054}
      - {sms: 8, runs: 30, p50_ns: 2416539, p99_ns: 2427720, max_ns: 2427720, wcet_ns: 2913264}
      - {sms: 16, runs: 30, p50_ns: 1557698, p99_ns: 1577972, max_ns: 1577972, wcet_ns: 1893567}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5240778
    p50_ns: 5246314
    p99_ns: 5258270
    p999_ns: 5258270
    max_ns: 5258270
    wcet_ns: 6309924
    curve:
      - {sms: 4, runs: 30, p50_ns: 5250380, p99_ns: 5261828, max_ns: 5261828, wcet_ns: 6314194}
      - {sms: 8, runs: 30, p50_ns: 2675654, p99_ns: 2691841, max_ns: 2691841, wcet_ns: 3230210}
      - {sms: 16, runs: 30, p50_ns: 1577765, p99_ns: 1587196, max_ns: 1587196, wcet_ns: 1904636}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2920112
    p50_ns: 2924279
    p99_ns: 2937794
    p999_ns: 2937794
    max_ns: 2937794
    wcet_ns: 3525353
    curve:
      - {sms: 4, runs: 30, p50_ns: 2926504, p99_ns: 2937389, max_ns: 2937389, wcet_ns: 3524867}
      - {sms: 8, runs: 30, p50_ns: 1497915, p99_ns: 1510749, max_ns: 1510749, wcet_ns: 1812899}
      - {sms: 16, runs: 30, p50_ns: 833933, p99_ns: 843581, max_ns: 843581, wcet_ns: 1012298}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2343399
    p50_ns: 2346549
    p99_ns: 2363774
    p999_ns: 2363774
    max_ns: 2363774
    wcet_ns: 2836529
    curve:
      - {sms: 4, runs: 30, p50_ns: 2348974, p99_ns: 2359280, max_ns: 2359280, wcet_ns: 2831136}
      - {sms: 8, runs: 30, p50_ns: 1224648, p99_ns: 1242746, max_ns: 1242746, wcet_ns: 1491296}
      - {sms: 16, runs: 30, p50_ns: 794872, p99_ns: 800969, max_ns: 800969, wcet_ns: 961163}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 1758185
    p50_ns: 1760456
    p99_ns: 1777203
    p999_ns: 1777203
    max_ns: 1777203
    wcet_ns: 2132644
    curve:
      - {sms: 4, runs: 30, p50_ns: 1763572, p99_ns: 1786865, max_ns: 1786865, wcet_ns: 2144238}
      - {sms: 8, runs: 30, p50_ns: 898501, p99_ns: 912550, max_ns: 912550, wcet_ns: 1095060}
      - {sms: 16, runs: 30, p50_ns: 532852, p99_ns: 542964, max_ns: 542964, wcet_ns: 651557}
