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
dispatch_overhead: {p50_ns: 665, p99_ns: 6006, max_ns: 22522}
device_memory: {driver_fixed: 4908187648, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 876737
    p50_ns: 879732
    p99_ns: 905939
    p999_ns: 905939
    max_ns: 905939
    wcet_ns: 1087127
    curve:
      - {sms: 4, runs: 30, p50_ns: 880377, p99_ns: 904148, max_ns: 904148, wcet_ns: 1084978}
      - {sms: 8, runs: 30, p50_ns: 457724, p99_ns: 480330, max_ns: 480330, wcet_ns: 576396}
      - {sms: 16, runs: 30, p50_ns: 271397, p99_ns: 296218, max_ns: 296218, wcet_ns: 355462}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1302055
    p50_ns: 1306566
    p99_ns: 1352019
    p999_ns: 1352019
    max_ns: 1352019
    wcet_ns: 1622423
    curve:
      - {sms: 4, runs: 30, p50_ns: 1307492, p99_ns: 1325315, max_ns: 1325315, wcet_ns: 1590378}
      - {sms: 8, runs: 30, p50_ns: 673652, p99_ns: 703987, max_ns: 703987, wcet_ns: 844785}
      - {sms: 16, runs: 30, p50_ns: 388764, p99_ns: 421045, max_ns: 421045, wcet_ns: 505254}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 790047
    p50_ns: 795716
    p99_ns: 834606
    p999_ns: 834606
    max_ns: 834606
    wcet_ns: 1001528
    curve:
      - {sms: 4, runs: 30, p50_ns: 795021, p99_ns: 830347, max_ns: 830347, wcet_ns: 996417}
      - {sms: 8, runs: 30, p50_ns: 417444, p99_ns: 447220, max_ns: 447220, wcet_ns: 536664}
      - {sms: 16, runs: 30, p50_ns: 246150, p99_ns: 290759, max_ns: 290759, wcet_ns: 348911}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 578227
    p50_ns: 581319
    p99_ns: 608205
    p999_ns: 608205
    max_ns: 608205
    wcet_ns: 729846
    curve:
      - {sms: 4, runs: 30, p50_ns: 580520, p99_ns: 605921, max_ns: 605921, wcet_ns: 727106}
      - {sms: 8, runs: 30, p50_ns: 310220, p99_ns: 340163, max_ns: 340163, wcet_ns: 408196}
      - {sms: 16, runs: 30, p50_ns: 188453, p99_ns: 217420, max_ns: 217420, wcet_ns: 260904}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1915095
    p50_ns: 1918688
    p99_ns: 1982595
    p999_ns: 1982595
    max_ns: 1982595
    wcet_ns: 2379114
    curve:
      - {sms: 4, runs: 30, p50_ns: 1920165, p99_ns: 1985593, max_ns: 1985593, wcet_ns: 2382712}
      - {sms: 8, runs: 30, p50_ns: 998778, p99_ns: 1020903, max_ns: 1020903, wcet_ns: 1225084}
      - {sms: 16, runs: 30, p50_ns: 560294, p99_ns: 576751, max_ns: 576751, wcet_ns: 692102}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1567863
    p50_ns: 1572888
    p99_ns: 1632167
    p999_ns: 1632167
    max_ns: 1632167
    wcet_ns: 1958601
    curve:
      - {sms: 4, runs: 30, p50_ns: 1571506, p99_ns: 1630509, max_ns: 1630509, wcet_ns: 1956611}
      - {sms: 8, runs: 30, p50_ns: 812438, p99_ns: 849576, max_ns: 849576, wcet_ns: 1019492}
      - {sms: 16, runs: 30, p50_ns: 485431, p99_ns: 514986, max_ns: 514986, wcet_ns: 617984}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 2171754
    p50_ns: 2176487
    p99_ns: 2220485
    p999_ns: 2220485
    max_ns: 2220485
    wcet_ns: 2664582
    curve:
      - {sms: 4, runs: 30, p50_ns: 2174822, p99_ns: 2201904, max_ns: 2201904, wcet_ns: 2642285}
      - {sms: 8, runs: 30, p50_ns: 1138154, p99_ns: 1188119, max_ns: 1188119, wcet_ns: 1425743}
      - {sms: 16, runs: 30, p50_ns: 672104, p99_ns: 720090, max_ns: 720090, wcet_ns: 864108}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 5212633
    p50_ns: 5229995
    p99_ns: 5263153
    p999_ns: 5263153
    max_ns: 5263153
    wcet_ns: 6315784
    curve:
      - {sms: 4, runs: 30, p50_ns: 5236895, p99_ns: 5291875, max_ns: 5291875, wcet_ns: 6350250}
      - {sms: 8, runs: 30, p50_ns: 2672743, p99_ns: 2709986, max_ns: 2709986, wcet_ns: 3251984}
      - {sms: 16, runs: 30, p50_ns: 1478493, p99_ns: 1541409, max_ns: 1541409, wcet_ns: 1849691}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3912828
    p50_ns: 3931306
    p99_ns: 3996691
    p999_ns: 3996691
    max_ns: 3996691
    wcet_ns: 4796030
    curve:
      - {sms: 4, runs: 30, p50_ns: 3936262, p99_ns: 3999218, max_ns: 3999218, wcet_ns: 4799062}
      - {sms: 8, runs: 30, p50_ns: 2014864, p99_ns: 2060097, max_ns: 2060097, wcet_ns: 2472117}
      - {sms: 16, runs: 30, p50_ns: 1120917, p99_ns: 1179468, max_ns: 1179468, wcet_ns: 1415362}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3054378
    p50_ns: 3069774
    p99_ns: 3146986
    p999_ns: 3146986
    max_ns: 3146986
    wcet_ns: 3776384
    curve:
      - {sms: 4, runs: 30, p50_ns: 3067267, p99_ns: 3215614, max_ns: 3215614, wcet_ns: 3858737}
      - {sms: 8, runs: 30, p50_ns: 1581598, p99_ns: 1616402, max_ns: 1616402, wcet_ns: 1939683}
      - {sms: 16, runs: 30, p50_ns: 884164, p99_ns: 1012106, max_ns: 1012106, wcet_ns: 1214528}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1312260
    p50_ns: 1328734
    p99_ns: 1402273
    p999_ns: 1402273
    max_ns: 1402273
    wcet_ns: 1682728
    curve:
      - {sms: 4, runs: 30, p50_ns: 1331517, p99_ns: 1366084, max_ns: 1366084, wcet_ns: 1639301}
      - {sms: 8, runs: 30, p50_ns: 685867, p99_ns: 718475, max_ns: 718475, wcet_ns: 862170}
      - {sms: 16, runs: 30, p50_ns: 393991, p99_ns: 453613, max_ns: 453613, wcet_ns: 544336}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3051571
    p50_ns: 3070403
    p99_ns: 3110196
    p999_ns: 3110196
    max_ns: 3110196
    wcet_ns: 3732236
    curve:
      - {sms: 4, runs: 30, p50_ns: 3069910, p99_ns: 3126397, max_ns: 3126397, wcet_ns: 3751677}
      - {sms: 8, runs: 30, p50_ns: 1588674, p99_ns: 1675037, max_ns: 1675037, wcet_ns: 2010045}
      - {sms: 16, runs: 30, p50_ns: 883059, p99_ns: 919284, max_ns: 919284, wcet_ns: 1103141}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3056812
    p50_ns: 3067656
    p99_ns: 3098133
    p999_ns: 3098133
    max_ns: 3098133
    wcet_ns: 3717760
    curve:
      - {sms: 4, runs: 30, p50_ns: 3080691, p99_ns: 3131669, max_ns: 3131669, wcet_ns: 3758003}
      - {sms: 8, runs: 30, p50_ns: 1586410, p99_ns: 1613350, max_ns: 1613350, wcet_ns: 1936020}
      - {sms: 16, runs: 30, p50_ns: 880850, p99_ns: 913838, max_ns: 913838, wcet_ns: 1096606}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2628140
    p50_ns: 2638649
    p99_ns: 2682040
    p999_ns: 2682040
    max_ns: 2682040
    wcet_ns: 3218448
    curve:
      - {sms: 4, runs: 30, p50_ns: 2643738, p99_ns: 2670217, max_ns: 2670217, wcet_ns: 3204261}
      - {sms: 8, runs: 30, p50_ns: 1376241, p99_ns: 1443014, max_ns: 1443014, wcet_ns: 1731617}
      - {sms: 16, runs: 30, p50_ns: 887886, p99_ns: 916392, max_ns: 916392, wcet_ns: 1099671}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3461317
    p50_ns: 3467589
    p99_ns: 3503361
    p999_ns: 3503361
    max_ns: 3503361
    wcet_ns: 4204034
    curve:
      - {sms: 4, runs: 30, p50_ns: 3473270, p99_ns: 3501031, max_ns: 3501031, wcet_ns: 4201238}
      - {sms: 8, runs: 30, p50_ns: 1802915, p99_ns: 1827336, max_ns: 1827336, wcet_ns: 2192804}
      - {sms: 16, runs: 30, p50_ns: 1081747, p99_ns: 1112754, max_ns: 1112754, wcet_ns: 1335305}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2206058
    p50_ns: 2212461
    p99_ns: 2265251
    p999_ns: 2265251
    max_ns: 2265251
    wcet_ns: 2718302
    curve:
      - {sms: 4, runs: 30, p50_ns: 2216080, p99_ns: 2282690, max_ns: 2282690, wcet_ns: 2739228}
      - {sms: 8, runs: 30, p50_ns: 1139189, p99_ns: 1179013, max_ns: 1179013, wcet_ns: 1414816}
      - {sms: 16, runs: 30, p50_ns: 763550, p99_ns: 793597, max_ns: 793597, wcet_ns: 952317}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 5250667
    p50_ns: 5271929
    p99_ns: 5309285
    p999_ns: 5309285
    max_ns: 5309285
    wcet_ns: 6371142
    curve:
      - {sms: 4, runs: 30, p50_ns: 5271503, p99_ns: 5311222, max_ns: 5311222, wcet_ns: 6373467}
      - {sms: 8, runs: 30, p50_ns: 2741899, p99_ns: 2788130, max_ns: 2788130, wcet_ns: 3345756}
      - {sms: 16, runs: 30, p50_ns: 1764769, p99_ns: 1813494, max_ns: 1813494, wcet_ns: 2176193}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 8703646
    p50_ns: 8715595
    p99_ns: 8734725
    p999_ns: 8734725
    max_ns: 8734725
    wcet_ns: 10481670
    curve:
      - {sms: 4, runs: 30, p50_ns: 8726942, p99_ns: 8777516, max_ns: 8777516, wcet_ns: 10533020}
      - {sms: 8, runs: 30, p50_ns: 4462967, p99_ns: 4528685, max_ns: 4528685, wcet_ns: 5434422}
      - {sms: 16, runs: 30, p50_ns: 2609706, p99_ns: 2667856, max_ns: 2667856, wcet_ns: 3201428}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 6113194
    p50_ns: 6127287
    p99_ns: 6163615
    p999_ns: 6163615
    max_ns: 6163615
    wcet_ns: 7396338
    curve:
      - {sms: 4, runs: 30, p50_ns: 6136888, p99_ns: 6176474, max_ns: 6176474, wcet_ns: 7411769}
      - {sms: 8, runs: 30, p50_ns: 3143080, p99_ns: 3169596, max_ns: 3169596, wcet_ns: 3803516}
      - {sms: 16, runs: 30, p50_ns: 1835216, p99_ns: 1887272, max_ns: 1887272, wcet_ns: 2264727}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 6899328
    p50_ns: 6904778
    p99_ns: 6941455
    p999_ns: 6941455
    max_ns: 6941455
    wcet_ns: 8329746
    curve:
      - {sms: 4, runs: 30, p50_ns: 6997072, p99_ns: 7033828, max_ns: 7033828, wcet_ns: 8440594}
      - {sms: 8, runs: 30, p50_ns: 3590773, p99_ns: 3624183, max_ns: 3624183, wcet_ns: 4349020}
      - {sms: 16, runs: 30, p50_ns: 2309698, p99_ns: 2338623, max_ns: 2338623, wcet_ns: 2806348}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 7784563
    p50_ns: 7794642
    p99_ns: 7851099
    p999_ns: 7851099
    max_ns: 7851099
    wcet_ns: 9421319
    curve:
      - {sms: 4, runs: 30, p50_ns: 7808027, p99_ns: 7864214, max_ns: 7864214, wcet_ns: 9437057}
      - {sms: 8, runs: 30, p50_ns: 3997072, p99_ns: 4042047, max_ns: 4042047, wcet_ns: 4850457}
      - {sms: 16, runs: 30, p50_ns: 2351160, p99_ns: 2382511, max_ns: 2382511, wcet_ns: 2859014}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4321048
    p50_ns: 4325727
    p99_ns: 4373433
    p999_ns: 4373433
    max_ns: 4373433
    wcet_ns: 5248120
    curve:
      - {sms: 4, runs: 30, p50_ns: 4330970, p99_ns: 4413892, max_ns: 4413892, wcet_ns: 5296671}
      - {sms: 8, runs: 30, p50_ns: 2229166, p99_ns: 2274981, max_ns: 2274981, wcet_ns: 2729978}
      - {sms: 16, runs: 30, p50_ns: 1232059, p99_ns: 1295077, max_ns: 1295077, wcet_ns: 1554093}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3492394
    p50_ns: 3498427
    p99_ns: 3539369
    p999_ns: 3539369
    max_ns: 3539369
    wcet_ns: 4247243
    curve:
      - {sms: 4, runs: 30, p50_ns: 3503089, p99_ns: 3558684, max_ns: 3558684, wcet_ns: 4270421}
      - {sms: 8, runs: 30, p50_ns: 1824823, p99_ns: 1863595, max_ns: 1863595, wcet_ns: 2236314}
      - {sms: 16, runs: 30, p50_ns: 1180974, p99_ns: 1214181, max_ns: 1214181, wcet_ns: 1457018}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2604075
    p50_ns: 2608684
    p99_ns: 2644288
    p999_ns: 2644288
    max_ns: 2644288
    wcet_ns: 3173146
    curve:
      - {sms: 4, runs: 30, p50_ns: 2617506, p99_ns: 2669342, max_ns: 2669342, wcet_ns: 3203211}
      - {sms: 8, runs: 30, p50_ns: 1331924, p99_ns: 1367622, max_ns: 1367622, wcet_ns: 1641147}
      - {sms: 16, runs: 30, p50_ns: 790130, p99_ns: 813540, max_ns: 813540, wcet_ns: 976248}
