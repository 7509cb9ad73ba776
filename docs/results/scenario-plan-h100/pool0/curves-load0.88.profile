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
dispatch_overhead: {p50_ns: 472, p99_ns: 4277, max_ns: 17633}
device_memory: {driver_fixed: 2743926784, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 458490
    p50_ns: 461430
    p99_ns: 478269
    p999_ns: 478269
    max_ns: 478269
    wcet_ns: 573923
    curve:
      - {sms: 4, runs: 30, p50_ns: 462635, p99_ns: 476467, max_ns: 476467, wcet_ns: 571761}
      - {sms: 8, runs: 30, p50_ns: 249997, p99_ns: 263854, max_ns: 263854, wcet_ns: 316625}
      - {sms: 16, runs: 30, p50_ns: 156657, p99_ns: 202206, max_ns: 202206, wcet_ns: 242648}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 677800
    p50_ns: 680434
    p99_ns: 713427
    p999_ns: 713427
    max_ns: 713427
    wcet_ns: 856113
    curve:
      - {sms: 4, runs: 30, p50_ns: 684220, p99_ns: 711925, max_ns: 711925, wcet_ns: 854310}
      - {sms: 8, runs: 30, p50_ns: 361125, p99_ns: 384309, max_ns: 384309, wcet_ns: 461171}
      - {sms: 16, runs: 30, p50_ns: 218409, p99_ns: 237407, max_ns: 237407, wcet_ns: 284889}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 415670
    p50_ns: 418001
    p99_ns: 451276
    p999_ns: 451276
    max_ns: 451276
    wcet_ns: 541532
    curve:
      - {sms: 4, runs: 30, p50_ns: 415769, p99_ns: 441039, max_ns: 441039, wcet_ns: 529247}
      - {sms: 8, runs: 30, p50_ns: 228769, p99_ns: 247744, max_ns: 247744, wcet_ns: 297293}
      - {sms: 16, runs: 30, p50_ns: 144337, p99_ns: 159717, max_ns: 159717, wcet_ns: 191661}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 305960
    p50_ns: 308697
    p99_ns: 331039
    p999_ns: 331039
    max_ns: 331039
    wcet_ns: 397247
    curve:
      - {sms: 4, runs: 30, p50_ns: 307932, p99_ns: 335093, max_ns: 335093, wcet_ns: 402112}
      - {sms: 8, runs: 30, p50_ns: 173615, p99_ns: 190051, max_ns: 190051, wcet_ns: 228062}
      - {sms: 16, runs: 30, p50_ns: 114253, p99_ns: 139079, max_ns: 139079, wcet_ns: 166895}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 995542
    p50_ns: 998454
    p99_ns: 1045428
    p999_ns: 1045428
    max_ns: 1045428
    wcet_ns: 1254514
    curve:
      - {sms: 4, runs: 30, p50_ns: 1001886, p99_ns: 1049414, max_ns: 1049414, wcet_ns: 1259297}
      - {sms: 8, runs: 30, p50_ns: 532094, p99_ns: 560667, max_ns: 560667, wcet_ns: 672801}
      - {sms: 16, runs: 30, p50_ns: 300825, p99_ns: 320758, max_ns: 320758, wcet_ns: 384910}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 814686
    p50_ns: 817984
    p99_ns: 851616
    p999_ns: 851616
    max_ns: 851616
    wcet_ns: 1021940
    curve:
      - {sms: 4, runs: 30, p50_ns: 816931, p99_ns: 854544, max_ns: 854544, wcet_ns: 1025453}
      - {sms: 8, runs: 30, p50_ns: 430047, p99_ns: 456503, max_ns: 456503, wcet_ns: 547804}
      - {sms: 16, runs: 30, p50_ns: 267643, p99_ns: 294594, max_ns: 294594, wcet_ns: 353513}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1124443
    p50_ns: 1127595
    p99_ns: 1202240
    p999_ns: 1202240
    max_ns: 1202240
    wcet_ns: 1442688
    curve:
      - {sms: 4, runs: 30, p50_ns: 1136247, p99_ns: 1185330, max_ns: 1185330, wcet_ns: 1422396}
      - {sms: 8, runs: 30, p50_ns: 600911, p99_ns: 637889, max_ns: 637889, wcet_ns: 765467}
      - {sms: 16, runs: 30, p50_ns: 372184, p99_ns: 380753, max_ns: 380753, wcet_ns: 456904}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 2666462
    p50_ns: 2671276
    p99_ns: 2692144
    p999_ns: 2692144
    max_ns: 2692144
    wcet_ns: 3230573
    curve:
      - {sms: 4, runs: 30, p50_ns: 2670122, p99_ns: 2688634, max_ns: 2688634, wcet_ns: 3226361}
      - {sms: 8, runs: 30, p50_ns: 1369533, p99_ns: 1383933, max_ns: 1383933, wcet_ns: 1660720}
      - {sms: 16, runs: 30, p50_ns: 771112, p99_ns: 779387, max_ns: 779387, wcet_ns: 935265}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 2004394
    p50_ns: 2009928
    p99_ns: 2022656
    p999_ns: 2022656
    max_ns: 2022656
    wcet_ns: 2427188
    curve:
      - {sms: 4, runs: 30, p50_ns: 2008220, p99_ns: 2034480, max_ns: 2034480, wcet_ns: 2441376}
      - {sms: 8, runs: 30, p50_ns: 1036072, p99_ns: 1062487, max_ns: 1062487, wcet_ns: 1274985}
      - {sms: 16, runs: 30, p50_ns: 591596, p99_ns: 603319, max_ns: 603319, wcet_ns: 723983}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1565380
    p50_ns: 1568937
    p99_ns: 1641451
    p999_ns: 1641451
    max_ns: 1641451
    wcet_ns: 1969742
    curve:
      - {sms: 4, runs: 30, p50_ns: 1569645, p99_ns: 1615720, max_ns: 1615720, wcet_ns: 1938864}
      - {sms: 8, runs: 30, p50_ns: 815560, p99_ns: 831271, max_ns: 831271, wcet_ns: 997526}
      - {sms: 16, runs: 30, p50_ns: 469941, p99_ns: 491415, max_ns: 491415, wcet_ns: 589698}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 678260
    p50_ns: 680897
    p99_ns: 699629
    p999_ns: 699629
    max_ns: 699629
    wcet_ns: 839555
    curve:
      - {sms: 4, runs: 30, p50_ns: 680749, p99_ns: 700691, max_ns: 700691, wcet_ns: 840830}
      - {sms: 8, runs: 30, p50_ns: 358318, p99_ns: 374350, max_ns: 374350, wcet_ns: 449220}
      - {sms: 16, runs: 30, p50_ns: 216874, p99_ns: 235536, max_ns: 235536, wcet_ns: 282644}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1567336
    p50_ns: 1569829
    p99_ns: 1619412
    p999_ns: 1619412
    max_ns: 1619412
    wcet_ns: 1943295
    curve:
      - {sms: 4, runs: 30, p50_ns: 1571050, p99_ns: 1646284, max_ns: 1646284, wcet_ns: 1975541}
      - {sms: 8, runs: 30, p50_ns: 819717, p99_ns: 837239, max_ns: 837239, wcet_ns: 1004687}
      - {sms: 16, runs: 30, p50_ns: 472378, p99_ns: 484457, max_ns: 484457, wcet_ns: 581349}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1565582
    p50_ns: 1569565
    p99_ns: 1618339
    p999_ns: 1618339
    max_ns: 1618339
    wcet_ns: 1942007
    curve:
      - {sms: 4, runs: 30, p50_ns: 1572462, p99_ns: 1633094, max_ns: 1633094, wcet_ns: 1959713}
      - {sms: 8, runs: 30, p50_ns: 820173, p99_ns: 856982, max_ns: 856982, wcet_ns: 1028379}
      - {sms: 16, runs: 30, p50_ns: 471944, p99_ns: 484084, max_ns: 484084, wcet_ns: 580901}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1346297
    p50_ns: 1351034
    p99_ns: 1371211
    p999_ns: 1371211
    max_ns: 1371211
    wcet_ns: 1645454
    curve:
      - {sms: 4, runs: 30, p50_ns: 1351625, p99_ns: 1372295, max_ns: 1372295, wcet_ns: 1646754}
      - {sms: 8, runs: 30, p50_ns: 725092, p99_ns: 750840, max_ns: 750840, wcet_ns: 901008}
      - {sms: 16, runs: 30, p50_ns: 474618, p99_ns: 496220, max_ns: 496220, wcet_ns: 595464}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1783702
    p50_ns: 1788025
    p99_ns: 1810865
    p999_ns: 1810865
    max_ns: 1810865
    wcet_ns: 2173038
    curve:
      - {sms: 4, runs: 30, p50_ns: 1791237, p99_ns: 1809241, max_ns: 1809241, wcet_ns: 2171090}
      - {sms: 8, runs: 30, p50_ns: 931968, p99_ns: 952291, max_ns: 952291, wcet_ns: 1142750}
      - {sms: 16, runs: 30, p50_ns: 564930, p99_ns: 579279, max_ns: 579279, wcet_ns: 695135}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1127775
    p50_ns: 1131996
    p99_ns: 1161937
    p999_ns: 1161937
    max_ns: 1161937
    wcet_ns: 1394325
    curve:
      - {sms: 4, runs: 30, p50_ns: 1133739, p99_ns: 1172526, max_ns: 1172526, wcet_ns: 1407032}
      - {sms: 8, runs: 30, p50_ns: 590445, p99_ns: 614478, max_ns: 614478, wcet_ns: 737374}
      - {sms: 16, runs: 30, p50_ns: 387356, p99_ns: 403881, max_ns: 403881, wcet_ns: 484658}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2685200
    p50_ns: 2691827
    p99_ns: 2720103
    p999_ns: 2720103
    max_ns: 2720103
    wcet_ns: 3264124
    curve:
      - {sms: 4, runs: 30, p50_ns: 2696728, p99_ns: 2717480, max_ns: 2717480, wcet_ns: 3260976}
      - {sms: 8, runs: 30, p50_ns: 1406797, p99_ns: 1461133, max_ns: 1461133, wcet_ns: 1753360}
      - {sms: 16, runs: 30, p50_ns: 919625, p99_ns: 942269, max_ns: 942269, wcet_ns: 1130723}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4450498
    p50_ns: 4457898
    p99_ns: 4482626
    p999_ns: 4482626
    max_ns: 4482626
    wcet_ns: 5379152
    curve:
      - {sms: 4, runs: 30, p50_ns: 4461812, p99_ns: 4486205, max_ns: 4486205, wcet_ns: 5383446}
      - {sms: 8, runs: 30, p50_ns: 2284469, p99_ns: 2312990, max_ns: 2312990, wcet_ns: 2775588}
      - {sms: 16, runs: 30, p50_ns: 1345549, p99_ns: 1365438, max_ns: 1365438, wcet_ns: 1638526}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3131415
    p50_ns: 3135956
    p99_ns: 3161341
    p999_ns: 3161341
    max_ns: 3161341
    wcet_ns: 3793610
    curve:
      - {sms: 4, runs: 30, p50_ns: 3142209, p99_ns: 3172333, max_ns: 3172333, wcet_ns: 3806800}
      - {sms: 8, runs: 30, p50_ns: 1610651, p99_ns: 1639321, max_ns: 1639321, wcet_ns: 1967186}
      - {sms: 16, runs: 30, p50_ns: 955264, p99_ns: 990371, max_ns: 990371, wcet_ns: 1188446}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3572206
    p50_ns: 3578277
    p99_ns: 3597138
    p999_ns: 3597138
    max_ns: 3597138
    wcet_ns: 4316566
    curve:
      - {sms: 4, runs: 30, p50_ns: 3583467, p99_ns: 3606806, max_ns: 3606806, wcet_ns: 4328168}
      - {sms: 8, runs: 30, p50_ns: 1862504, p99_ns: 1889928, max_ns: 1889928, wcet_ns: 2267914}
      - {sms: 16, runs: 30, p50_ns: 1210540, p99_ns: 1238675, max_ns: 1238675, wcet_ns: 1486410}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4009610
    p50_ns: 4015055
    p99_ns: 4042331
    p999_ns: 4042331
    max_ns: 4042331
    wcet_ns: 4850798
    curve:
      - {sms: 4, runs: 30, p50_ns: 4023198, p99_ns: 4050980, max_ns: 4050980, wcet_ns: 4861176}
      - {sms: 8, runs: 30, p50_ns: 2059323, p99_ns: 2080529, max_ns: 2080529, wcet_ns: 2496635}
      - {sms: 16, runs: 30, p50_ns: 1225228, p99_ns: 1246283, max_ns: 1246283, wcet_ns: 1495540}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2248282
    p50_ns: 2251160
    p99_ns: 2283585
    p999_ns: 2283585
    max_ns: 2283585
    wcet_ns: 2740302
    curve:
      - {sms: 4, runs: 30, p50_ns: 2255510, p99_ns: 2292643, max_ns: 2292643, wcet_ns: 2751172}
      - {sms: 8, runs: 30, p50_ns: 1159044, p99_ns: 1186947, max_ns: 1186947, wcet_ns: 1424337}
      - {sms: 16, runs: 30, p50_ns: 656489, p99_ns: 673733, max_ns: 673733, wcet_ns: 808480}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 1801008
    p50_ns: 1804874
    p99_ns: 1835919
    p999_ns: 1835919
    max_ns: 1835919
    wcet_ns: 2203103
    curve:
      - {sms: 4, runs: 30, p50_ns: 1807041, p99_ns: 1844497, max_ns: 1844497, wcet_ns: 2213397}
      - {sms: 8, runs: 30, p50_ns: 950736, p99_ns: 981789, max_ns: 981789, wcet_ns: 1178147}
      - {sms: 16, runs: 30, p50_ns: 620804, p99_ns: 644497, max_ns: 644497, wcet_ns: 773397}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 1349472
    p50_ns: 1352540
    p99_ns: 1382741
    p999_ns: 1382741
    max_ns: 1382741
    wcet_ns: 1659290
    curve:
      - {sms: 4, runs: 30, p50_ns: 1357757, p99_ns: 1392795, max_ns: 1392795, wcet_ns: 1671354}
      - {sms: 8, runs: 30, p50_ns: 698075, p99_ns: 722870, max_ns: 722870, wcet_ns: 867444}
      - {sms: 16, runs: 30, p50_ns: 422805, p99_ns: 438950, max_ns: 438950, wcet_ns: 526740}
