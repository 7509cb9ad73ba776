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
dispatch_overhead: {p50_ns: 555, p99_ns: 4270, max_ns: 5172}
device_memory: {driver_fixed: 3477929984, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 599393
    p50_ns: 602511
    p99_ns: 634287
    p999_ns: 634287
    max_ns: 634287
    wcet_ns: 761145
    curve:
      - {sms: 4, runs: 30, p50_ns: 606056, p99_ns: 634947, max_ns: 634947, wcet_ns: 761937}
      - {sms: 8, runs: 30, p50_ns: 321283, p99_ns: 347944, max_ns: 347944, wcet_ns: 417533}
      - {sms: 16, runs: 30, p50_ns: 196687, p99_ns: 223118, max_ns: 223118, wcet_ns: 267742}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 894874
    p50_ns: 896780
    p99_ns: 929760
    p999_ns: 929760
    max_ns: 929760
    wcet_ns: 1115712
    curve:
      - {sms: 4, runs: 30, p50_ns: 900576, p99_ns: 920469, max_ns: 920469, wcet_ns: 1104563}
      - {sms: 8, runs: 30, p50_ns: 467460, p99_ns: 490114, max_ns: 490114, wcet_ns: 588137}
      - {sms: 16, runs: 30, p50_ns: 280830, p99_ns: 333740, max_ns: 333740, wcet_ns: 400488}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 543891
    p50_ns: 546040
    p99_ns: 570321
    p999_ns: 570321
    max_ns: 570321
    wcet_ns: 684386
    curve:
      - {sms: 4, runs: 30, p50_ns: 545586, p99_ns: 573618, max_ns: 573618, wcet_ns: 688342}
      - {sms: 8, runs: 30, p50_ns: 291843, p99_ns: 330096, max_ns: 330096, wcet_ns: 396116}
      - {sms: 16, runs: 30, p50_ns: 178844, p99_ns: 220084, max_ns: 220084, wcet_ns: 264101}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 398155
    p50_ns: 400979
    p99_ns: 426701
    p999_ns: 426701
    max_ns: 426701
    wcet_ns: 512042
    curve:
      - {sms: 4, runs: 30, p50_ns: 401213, p99_ns: 424287, max_ns: 424287, wcet_ns: 509145}
      - {sms: 8, runs: 30, p50_ns: 220547, p99_ns: 242961, max_ns: 242961, wcet_ns: 291554}
      - {sms: 16, runs: 30, p50_ns: 139565, p99_ns: 157836, max_ns: 157836, wcet_ns: 189404}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1307194
    p50_ns: 1309534
    p99_ns: 1360209
    p999_ns: 1360209
    max_ns: 1360209
    wcet_ns: 1632251
    curve:
      - {sms: 4, runs: 30, p50_ns: 1318163, p99_ns: 1370157, max_ns: 1370157, wcet_ns: 1644189}
      - {sms: 8, runs: 30, p50_ns: 689060, p99_ns: 718278, max_ns: 718278, wcet_ns: 861934}
      - {sms: 16, runs: 30, p50_ns: 398592, p99_ns: 418729, max_ns: 418729, wcet_ns: 502475}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1065792
    p50_ns: 1070441
    p99_ns: 1144289
    p999_ns: 1144289
    max_ns: 1144289
    wcet_ns: 1373147
    curve:
      - {sms: 4, runs: 30, p50_ns: 1074009, p99_ns: 1120760, max_ns: 1120760, wcet_ns: 1344912}
      - {sms: 8, runs: 30, p50_ns: 560187, p99_ns: 586366, max_ns: 586366, wcet_ns: 703640}
      - {sms: 16, runs: 30, p50_ns: 342822, p99_ns: 373517, max_ns: 373517, wcet_ns: 448221}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1480135
    p50_ns: 1487693
    p99_ns: 1513810
    p999_ns: 1513810
    max_ns: 1513810
    wcet_ns: 1816572
    curve:
      - {sms: 4, runs: 30, p50_ns: 1491244, p99_ns: 1517400, max_ns: 1517400, wcet_ns: 1820880}
      - {sms: 8, runs: 30, p50_ns: 782623, p99_ns: 811367, max_ns: 811367, wcet_ns: 973641}
      - {sms: 16, runs: 30, p50_ns: 480275, p99_ns: 500139, max_ns: 500139, wcet_ns: 600167}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3516166
    p50_ns: 3523129
    p99_ns: 3550274
    p999_ns: 3550274
    max_ns: 3550274
    wcet_ns: 4260329
    curve:
      - {sms: 4, runs: 30, p50_ns: 3521212, p99_ns: 3546849, max_ns: 3546849, wcet_ns: 4256219}
      - {sms: 8, runs: 30, p50_ns: 1800065, p99_ns: 1826082, max_ns: 1826082, wcet_ns: 2191299}
      - {sms: 16, runs: 30, p50_ns: 1004077, p99_ns: 1023351, max_ns: 1023351, wcet_ns: 1228022}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 2650522
    p50_ns: 2658410
    p99_ns: 2675626
    p999_ns: 2675626
    max_ns: 2675626
    wcet_ns: 3210752
    curve:
      - {sms: 4, runs: 30, p50_ns: 2655340, p99_ns: 2676422, max_ns: 2676422, wcet_ns: 3211707}
      - {sms: 8, runs: 30, p50_ns: 1360326, p99_ns: 1387223, max_ns: 1387223, wcet_ns: 1664668}
      - {sms: 16, runs: 30, p50_ns: 767115, p99_ns: 783976, max_ns: 783976, wcet_ns: 940772}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 2042542
    p50_ns: 2045193
    p99_ns: 2065889
    p999_ns: 2065889
    max_ns: 2065889
    wcet_ns: 2479067
    curve:
      - {sms: 4, runs: 30, p50_ns: 2045921, p99_ns: 2062567, max_ns: 2062567, wcet_ns: 2475081}
      - {sms: 8, runs: 30, p50_ns: 1054908, p99_ns: 1072403, max_ns: 1072403, wcet_ns: 1286884}
      - {sms: 16, runs: 30, p50_ns: 599348, p99_ns: 616743, max_ns: 616743, wcet_ns: 740092}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 882347
    p50_ns: 884436
    p99_ns: 901075
    p999_ns: 901075
    max_ns: 901075
    wcet_ns: 1081290
    curve:
      - {sms: 4, runs: 30, p50_ns: 887262, p99_ns: 911876, max_ns: 911876, wcet_ns: 1094252}
      - {sms: 8, runs: 30, p50_ns: 459190, p99_ns: 491115, max_ns: 491115, wcet_ns: 589338}
      - {sms: 16, runs: 30, p50_ns: 277881, p99_ns: 303967, max_ns: 303967, wcet_ns: 364761}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2056789
    p50_ns: 2058805
    p99_ns: 2094669
    p999_ns: 2094669
    max_ns: 2094669
    wcet_ns: 2513603
    curve:
      - {sms: 4, runs: 30, p50_ns: 2062313, p99_ns: 2104224, max_ns: 2104224, wcet_ns: 2525069}
      - {sms: 8, runs: 30, p50_ns: 1065328, p99_ns: 1095806, max_ns: 1095806, wcet_ns: 1314968}
      - {sms: 16, runs: 30, p50_ns: 608030, p99_ns: 654111, max_ns: 654111, wcet_ns: 784934}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2056207
    p50_ns: 2060678
    p99_ns: 2093457
    p999_ns: 2093457
    max_ns: 2093457
    wcet_ns: 2512149
    curve:
      - {sms: 4, runs: 30, p50_ns: 2062737, p99_ns: 2095034, max_ns: 2095034, wcet_ns: 2514041}
      - {sms: 8, runs: 30, p50_ns: 1064979, p99_ns: 1098359, max_ns: 1098359, wcet_ns: 1318031}
      - {sms: 16, runs: 30, p50_ns: 608188, p99_ns: 631515, max_ns: 631515, wcet_ns: 757818}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1765475
    p50_ns: 1769338
    p99_ns: 1822019
    p999_ns: 1822019
    max_ns: 1822019
    wcet_ns: 2186423
    curve:
      - {sms: 4, runs: 30, p50_ns: 1772646, p99_ns: 1854549, max_ns: 1854549, wcet_ns: 2225459}
      - {sms: 8, runs: 30, p50_ns: 943444, p99_ns: 966446, max_ns: 966446, wcet_ns: 1159736}
      - {sms: 16, runs: 30, p50_ns: 620427, p99_ns: 656168, max_ns: 656168, wcet_ns: 787402}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2336460
    p50_ns: 2341218
    p99_ns: 2368629
    p999_ns: 2368629
    max_ns: 2368629
    wcet_ns: 2842355
    curve:
      - {sms: 4, runs: 30, p50_ns: 2342257, p99_ns: 2368332, max_ns: 2368332, wcet_ns: 2841999}
      - {sms: 8, runs: 30, p50_ns: 1217006, p99_ns: 1238942, max_ns: 1238942, wcet_ns: 1486731}
      - {sms: 16, runs: 30, p50_ns: 717876, p99_ns: 735003, max_ns: 735003, wcet_ns: 882004}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1468232
    p50_ns: 1471318
    p99_ns: 1498245
    p999_ns: 1498245
    max_ns: 1498245
    wcet_ns: 1797894
    curve:
      - {sms: 4, runs: 30, p50_ns: 1475240, p99_ns: 1496360, max_ns: 1496360, wcet_ns: 1795632}
      - {sms: 8, runs: 30, p50_ns: 763953, p99_ns: 805971, max_ns: 805971, wcet_ns: 967166}
      - {sms: 16, runs: 30, p50_ns: 506488, p99_ns: 532315, max_ns: 532315, wcet_ns: 638778}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3502975
    p50_ns: 3507224
    p99_ns: 3538573
    p999_ns: 3538573
    max_ns: 3538573
    wcet_ns: 4246288
    curve:
      - {sms: 4, runs: 30, p50_ns: 3497928, p99_ns: 3558106, max_ns: 3558106, wcet_ns: 4269728}
      - {sms: 8, runs: 30, p50_ns: 1819763, p99_ns: 1844159, max_ns: 1844159, wcet_ns: 2212991}
      - {sms: 16, runs: 30, p50_ns: 1182629, p99_ns: 1199210, max_ns: 1199210, wcet_ns: 1439052}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5802210
    p50_ns: 5809229
    p99_ns: 5843012
    p999_ns: 5843012
    max_ns: 5843012
    wcet_ns: 7011615
    curve:
      - {sms: 4, runs: 30, p50_ns: 5864941, p99_ns: 5897444, max_ns: 5897444, wcet_ns: 7076933}
      - {sms: 8, runs: 30, p50_ns: 2970926, p99_ns: 3009884, max_ns: 3009884, wcet_ns: 3611861}
      - {sms: 16, runs: 30, p50_ns: 1747032, p99_ns: 1772293, max_ns: 1772293, wcet_ns: 2126752}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4085515
    p50_ns: 4095053
    p99_ns: 4124423
    p999_ns: 4124423
    max_ns: 4124423
    wcet_ns: 4949308
    curve:
      - {sms: 4, runs: 30, p50_ns: 4100779, p99_ns: 4125295, max_ns: 4125295, wcet_ns: 4950354}
      - {sms: 8, runs: 30, p50_ns: 2085019, p99_ns: 2119564, max_ns: 2119564, wcet_ns: 2543477}
      - {sms: 16, runs: 30, p50_ns: 1228541, p99_ns: 1248516, max_ns: 1248516, wcet_ns: 1498220}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4642372
    p50_ns: 4647973
    p99_ns: 4679525
    p999_ns: 4679525
    max_ns: 4679525
    wcet_ns: 5615430
    curve:
      - {sms: 4, runs: 30, p50_ns: 4672581, p99_ns: 4710653, max_ns: 4710653, wcet_ns: 5652784}
      - {sms: 8, runs: 30, p50_ns: 2411324, p99_ns: 2427688, max_ns: 2427688, wcet_ns: 2913226}
      - {sms: 16, runs: 30, p50_ns: 1562438, p99_ns: 1590140, max_ns: 1590140, wcet_ns: 1908168}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5224095
    p50_ns: 5228974
    p99_ns: 5252410
    p999_ns: 5252410
    max_ns: 5252410
    wcet_ns: 6302892
    curve:
      - {sms: 4, runs: 30, p50_ns: 5234914, p99_ns: 5258535, max_ns: 5258535, wcet_ns: 6310242}
      - {sms: 8, runs: 30, p50_ns: 2673568, p99_ns: 2701900, max_ns: 2701900, wcet_ns: 3242280}
      - {sms: 16, runs: 30, p50_ns: 1582741, p99_ns: 1603633, max_ns: 1603633, wcet_ns: 1924360}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2907573
    p50_ns: 2911075
    p99_ns: 2928645
    p999_ns: 2928645
    max_ns: 2928645
    wcet_ns: 3514374
    curve:
      - {sms: 4, runs: 30, p50_ns: 2916506, p99_ns: 2932467, max_ns: 2932467, wcet_ns: 3518961}
      - {sms: 8, runs: 30, p50_ns: 1492090, p99_ns: 1509213, max_ns: 1509213, wcet_ns: 1811056}
      - {sms: 16, runs: 30, p50_ns: 839258, p99_ns: 855491, max_ns: 855491, wcet_ns: 1026590}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2330773
    p50_ns: 2334349
    p99_ns: 2352365
    p999_ns: 2352365
    max_ns: 2352365
    wcet_ns: 2822838
    curve:
      - {sms: 4, runs: 30, p50_ns: 2345496, p99_ns: 2387474, max_ns: 2387474, wcet_ns: 2864969}
      - {sms: 8, runs: 30, p50_ns: 1233451, p99_ns: 2164988, max_ns: 2164988, wcet_ns: 2597986}
      - {sms: 16, runs: 30, p50_ns: 798479, p99_ns: 813782, max_ns: 813782, wcet_ns: 976539}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 1749705
    p50_ns: 1751267
    p99_ns: 1773500
    p999_ns: 1773500
    max_ns: 1773500
    wcet_ns: 2128200
    curve:
      - {sms: 4, runs: 30, p50_ns: 1756911, p99_ns: 1777682, max_ns: 1777682, wcet_ns: 2133219}
      - {sms: 8, runs: 30, p50_ns: 895063, p99_ns: 913150, max_ns: 913150, wcet_ns: 1095780}
      - {sms: 16, runs: 30, p50_ns: 534280, p99_ns: 547511, max_ns: 547511, wcet_ns: 657014}
