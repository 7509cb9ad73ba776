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
dispatch_overhead: {p50_ns: 305, p99_ns: 3117, max_ns: 3427}
device_memory: {driver_fixed: 5646385152, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1016244
    p50_ns: 1018128
    p99_ns: 1031089
    p999_ns: 1031089
    max_ns: 1031089
    wcet_ns: 1237307
    curve:
      - {sms: 4, runs: 30, p50_ns: 1018211, p99_ns: 1030170, max_ns: 1030170, wcet_ns: 1236204}
      - {sms: 8, runs: 30, p50_ns: 524852, p99_ns: 539741, max_ns: 539741, wcet_ns: 647690}
      - {sms: 16, runs: 30, p50_ns: 302962, p99_ns: 315928, max_ns: 315928, wcet_ns: 379114}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1516741
    p50_ns: 1518710
    p99_ns: 1532700
    p999_ns: 1532700
    max_ns: 1532700
    wcet_ns: 1839240
    curve:
      - {sms: 4, runs: 30, p50_ns: 1519447, p99_ns: 1542877, max_ns: 1542877, wcet_ns: 1851453}
      - {sms: 8, runs: 30, p50_ns: 775812, p99_ns: 791930, max_ns: 791930, wcet_ns: 950316}
      - {sms: 16, runs: 30, p50_ns: 440101, p99_ns: 452173, max_ns: 452173, wcet_ns: 542608}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 918106
    p50_ns: 919922
    p99_ns: 932850
    p999_ns: 932850
    max_ns: 932850
    wcet_ns: 1119420
    curve:
      - {sms: 4, runs: 30, p50_ns: 920020, p99_ns: 931003, max_ns: 931003, wcet_ns: 1117204}
      - {sms: 8, runs: 30, p50_ns: 475336, p99_ns: 485490, max_ns: 485490, wcet_ns: 582588}
      - {sms: 16, runs: 30, p50_ns: 273865, p99_ns: 296218, max_ns: 296218, wcet_ns: 355462}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 666922
    p50_ns: 668417
    p99_ns: 680829
    p999_ns: 680829
    max_ns: 680829
    wcet_ns: 816995
    curve:
      - {sms: 4, runs: 30, p50_ns: 669750, p99_ns: 681715, max_ns: 681715, wcet_ns: 818058}
      - {sms: 8, runs: 30, p50_ns: 351059, p99_ns: 1509408, max_ns: 1509408, wcet_ns: 1811290}
      - {sms: 16, runs: 30, p50_ns: 206614, p99_ns: 218165, max_ns: 218165, wcet_ns: 261798}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 2222822
    p50_ns: 2225170
    p99_ns: 2237322
    p999_ns: 2237322
    max_ns: 2237322
    wcet_ns: 2684787
    curve:
      - {sms: 4, runs: 30, p50_ns: 2226970, p99_ns: 2236726, max_ns: 2236726, wcet_ns: 2684072}
      - {sms: 8, runs: 30, p50_ns: 1148275, p99_ns: 1161760, max_ns: 1161760, wcet_ns: 1394112}
      - {sms: 16, runs: 30, p50_ns: 633351, p99_ns: 644101, max_ns: 644101, wcet_ns: 772922}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1816796
    p50_ns: 1818615
    p99_ns: 1832149
    p999_ns: 1832149
    max_ns: 1832149
    wcet_ns: 2198579
    curve:
      - {sms: 4, runs: 30, p50_ns: 1820151, p99_ns: 1831253, max_ns: 1831253, wcet_ns: 2197504}
      - {sms: 8, runs: 30, p50_ns: 930930, p99_ns: 946490, max_ns: 946490, wcet_ns: 1135788}
      - {sms: 16, runs: 30, p50_ns: 547780, p99_ns: 563965, max_ns: 563965, wcet_ns: 676758}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 2526398
    p50_ns: 2529284
    p99_ns: 2541517
    p999_ns: 2541517
    max_ns: 2541517
    wcet_ns: 3049821
    curve:
      - {sms: 4, runs: 30, p50_ns: 2528214, p99_ns: 2542390, max_ns: 2542390, wcet_ns: 3050868}
      - {sms: 8, runs: 30, p50_ns: 1317852, p99_ns: 1331269, max_ns: 1331269, wcet_ns: 1597523}
      - {sms: 16, runs: 30, p50_ns: 758575, p99_ns: 772199, max_ns: 772199, wcet_ns: 926639}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 6023262
    p50_ns: 6027696
    p99_ns: 6041854
    p999_ns: 6041854
    max_ns: 6041854
    wcet_ns: 7250225
    curve:
      - {sms: 4, runs: 30, p50_ns: 6027779, p99_ns: 6039769, max_ns: 6039769, wcet_ns: 7247723}
      - {sms: 8, runs: 30, p50_ns: 3055611, p99_ns: 3067072, max_ns: 3067072, wcet_ns: 3680487}
      - {sms: 16, runs: 30, p50_ns: 1681276, p99_ns: 1688745, max_ns: 1688745, wcet_ns: 2026494}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 4521207
    p50_ns: 4523641
    p99_ns: 4542033
    p999_ns: 4542033
    max_ns: 4542033
    wcet_ns: 5450440
    curve:
      - {sms: 4, runs: 30, p50_ns: 4525669, p99_ns: 4538268, max_ns: 4538268, wcet_ns: 5445922}
      - {sms: 8, runs: 30, p50_ns: 2301539, p99_ns: 2318607, max_ns: 2318607, wcet_ns: 2782329}
      - {sms: 16, runs: 30, p50_ns: 1270366, p99_ns: 1276561, max_ns: 1276561, wcet_ns: 1531874}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3522144
    p50_ns: 3525511
    p99_ns: 3543742
    p999_ns: 3543742
    max_ns: 3543742
    wcet_ns: 4252491
    curve:
      - {sms: 4, runs: 30, p50_ns: 3524735, p99_ns: 3537263, max_ns: 3537263, wcet_ns: 4244716}
      - {sms: 8, runs: 30, p50_ns: 1799128, p99_ns: 1813431, max_ns: 1813431, wcet_ns: 2176118}
      - {sms: 16, runs: 30, p50_ns: 990691, p99_ns: 1002837, max_ns: 1002837, wcet_ns: 1203405}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1516758
    p50_ns: 1518697
    p99_ns: 1543016
    p999_ns: 1543016
    max_ns: 1543016
    wcet_ns: 1851620
    curve:
      - {sms: 4, runs: 30, p50_ns: 1519262, p99_ns: 1541159, max_ns: 1541159, wcet_ns: 1849391}
      - {sms: 8, runs: 30, p50_ns: 775257, p99_ns: 787781, max_ns: 787781, wcet_ns: 945338}
      - {sms: 16, runs: 30, p50_ns: 440077, p99_ns: 452104, max_ns: 452104, wcet_ns: 542525}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3524774
    p50_ns: 3527671
    p99_ns: 3539142
    p999_ns: 3539142
    max_ns: 3539142
    wcet_ns: 4246971
    curve:
      - {sms: 4, runs: 30, p50_ns: 3529985, p99_ns: 3550051, max_ns: 3550051, wcet_ns: 4260062}
      - {sms: 8, runs: 30, p50_ns: 1801472, p99_ns: 1814870, max_ns: 1814870, wcet_ns: 2177844}
      - {sms: 16, runs: 30, p50_ns: 992761, p99_ns: 1000865, max_ns: 1000865, wcet_ns: 1201038}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3524053
    p50_ns: 3527372
    p99_ns: 3545344
    p999_ns: 3545344
    max_ns: 3545344
    wcet_ns: 4254413
    curve:
      - {sms: 4, runs: 30, p50_ns: 3530787, p99_ns: 3563066, max_ns: 3563066, wcet_ns: 4275680}
      - {sms: 8, runs: 30, p50_ns: 1801112, p99_ns: 1825165, max_ns: 1825165, wcet_ns: 2190198}
      - {sms: 16, runs: 30, p50_ns: 995516, p99_ns: 1012708, max_ns: 1012708, wcet_ns: 1215250}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3020420
    p50_ns: 3025803
    p99_ns: 3040228
    p999_ns: 3040228
    max_ns: 3040228
    wcet_ns: 3648274
    curve:
      - {sms: 4, runs: 30, p50_ns: 3028113, p99_ns: 3037045, max_ns: 3037045, wcet_ns: 3644454}
      - {sms: 8, runs: 30, p50_ns: 1591418, p99_ns: 1607806, max_ns: 1607806, wcet_ns: 1929368}
      - {sms: 16, runs: 30, p50_ns: 1026791, p99_ns: 1040118, max_ns: 1040118, wcet_ns: 1248142}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 4021814
    p50_ns: 4023747
    p99_ns: 4044201
    p999_ns: 4044201
    max_ns: 4044201
    wcet_ns: 4853042
    curve:
      - {sms: 4, runs: 30, p50_ns: 4028073, p99_ns: 4042272, max_ns: 4042272, wcet_ns: 4850727}
      - {sms: 8, runs: 30, p50_ns: 2083278, p99_ns: 2095724, max_ns: 2095724, wcet_ns: 2514869}
      - {sms: 16, runs: 30, p50_ns: 1212699, p99_ns: 1219978, max_ns: 1219978, wcet_ns: 1463974}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2518110
    p50_ns: 2519752
    p99_ns: 2537888
    p999_ns: 2537888
    max_ns: 2537888
    wcet_ns: 3045466
    curve:
      - {sms: 4, runs: 30, p50_ns: 2522937, p99_ns: 2534906, max_ns: 2534906, wcet_ns: 3041888}
      - {sms: 8, runs: 30, p50_ns: 1285128, p99_ns: 1299591, max_ns: 1299591, wcet_ns: 1559510}
      - {sms: 16, runs: 30, p50_ns: 843675, p99_ns: 863255, max_ns: 863255, wcet_ns: 1035906}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 6021559
    p50_ns: 6027806
    p99_ns: 6039857
    p999_ns: 6039857
    max_ns: 6039857
    wcet_ns: 7247829
    curve:
      - {sms: 4, runs: 30, p50_ns: 6031394, p99_ns: 6054592, max_ns: 6054592, wcet_ns: 7265511}
      - {sms: 8, runs: 30, p50_ns: 3102527, p99_ns: 3113319, max_ns: 3113319, wcet_ns: 3735983}
      - {sms: 16, runs: 30, p50_ns: 2002763, p99_ns: 2035021, max_ns: 2035021, wcet_ns: 2442026}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 10022529
    p50_ns: 10028784
    p99_ns: 10043318
    p999_ns: 10043318
    max_ns: 10043318
    wcet_ns: 12051982
    curve:
      - {sms: 4, runs: 30, p50_ns: 10036137, p99_ns: 10052520, max_ns: 10052520, wcet_ns: 12063024}
      - {sms: 8, runs: 30, p50_ns: 5085728, p99_ns: 5101773, max_ns: 5101773, wcet_ns: 6122128}
      - {sms: 16, runs: 30, p50_ns: 2953258, p99_ns: 2960727, max_ns: 2960727, wcet_ns: 3552873}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 7016753
    p50_ns: 7024585
    p99_ns: 7041296
    p999_ns: 7041296
    max_ns: 7041296
    wcet_ns: 8449556
    curve:
      - {sms: 4, runs: 30, p50_ns: 7028241, p99_ns: 7041083, max_ns: 7041083, wcet_ns: 8449300}
      - {sms: 8, runs: 30, p50_ns: 3572494, p99_ns: 3609138, max_ns: 3609138, wcet_ns: 4330966}
      - {sms: 16, runs: 30, p50_ns: 2067844, p99_ns: 2078777, max_ns: 2078777, wcet_ns: 2494533}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 8021004
    p50_ns: 8025886
    p99_ns: 8040700
    p999_ns: 8040700
    max_ns: 8040700
    wcet_ns: 9648840
    curve:
      - {sms: 4, runs: 30, p50_ns: 8030578, p99_ns: 8044013, max_ns: 8044013, wcet_ns: 9652816}
      - {sms: 8, runs: 30, p50_ns: 4123215, p99_ns: 4136450, max_ns: 4136450, wcet_ns: 4963740}
      - {sms: 16, runs: 30, p50_ns: 2651621, p99_ns: 2660769, max_ns: 2660769, wcet_ns: 3192923}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 9019908
    p50_ns: 9026470
    p99_ns: 9040129
    p999_ns: 9040129
    max_ns: 9040129
    wcet_ns: 10848155
    curve:
      - {sms: 4, runs: 30, p50_ns: 9029286, p99_ns: 9044380, max_ns: 9044380, wcet_ns: 10853256}
      - {sms: 8, runs: 30, p50_ns: 4581076, p99_ns: 4600517, max_ns: 4600517, wcet_ns: 5520621}
      - {sms: 16, runs: 30, p50_ns: 2688547, p99_ns: 2705418, max_ns: 2705418, wcet_ns: 3246502}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5020645
    p50_ns: 5024955
    p99_ns: 5039612
    p999_ns: 5039612
    max_ns: 5039612
    wcet_ns: 6047535
    curve:
      - {sms: 4, runs: 30, p50_ns: 5030291, p99_ns: 5043405, max_ns: 5043405, wcet_ns: 6052086}
      - {sms: 8, runs: 30, p50_ns: 2555169, p99_ns: 2569088, max_ns: 2569088, wcet_ns: 3082906}
      - {sms: 16, runs: 30, p50_ns: 1409155, p99_ns: 1417202, max_ns: 1417202, wcet_ns: 1700643}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4019417
    p50_ns: 4022707
    p99_ns: 4033826
    p999_ns: 4033826
    max_ns: 4033826
    wcet_ns: 4840592
    curve:
      - {sms: 4, runs: 30, p50_ns: 4028269, p99_ns: 4039579, max_ns: 4039579, wcet_ns: 4847495}
      - {sms: 8, runs: 30, p50_ns: 2095298, p99_ns: 2111074, max_ns: 2111074, wcet_ns: 2533289}
      - {sms: 16, runs: 30, p50_ns: 1346407, p99_ns: 1360558, max_ns: 1360558, wcet_ns: 1632670}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3017479
    p50_ns: 3019444
    p99_ns: 3031890
    p999_ns: 3031890
    max_ns: 3031890
    wcet_ns: 3638268
    curve:
      - {sms: 4, runs: 30, p50_ns: 3021424, p99_ns: 3033342, max_ns: 3033342, wcet_ns: 3640011}
      - {sms: 8, runs: 30, p50_ns: 1532215, p99_ns: 1546578, max_ns: 1546578, wcet_ns: 1855894}
      - {sms: 16, runs: 30, p50_ns: 904698, p99_ns: 911782, max_ns: 911782, wcet_ns: 1094139}
