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
dispatch_overhead: {p50_ns: 268, p99_ns: 2968, max_ns: 3530}
device_memory: {driver_fixed: 1250754560, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 515775
    p50_ns: 517271
    p99_ns: 530514
    p999_ns: 530514
    max_ns: 530514
    wcet_ns: 636617
    curve:
      - {sms: 4, runs: 30, p50_ns: 518771, p99_ns: 527213, max_ns: 527213, wcet_ns: 632656}
      - {sms: 8, runs: 30, p50_ns: 275050, p99_ns: 284134, max_ns: 284134, wcet_ns: 340961}
      - {sms: 16, runs: 30, p50_ns: 167333, p99_ns: 176892, max_ns: 176892, wcet_ns: 212271}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 767302
    p50_ns: 768655
    p99_ns: 782582
    p999_ns: 782582
    max_ns: 782582
    wcet_ns: 939099
    curve:
      - {sms: 4, runs: 30, p50_ns: 776168, p99_ns: 783904, max_ns: 783904, wcet_ns: 940685}
      - {sms: 8, runs: 30, p50_ns: 400678, p99_ns: 412181, max_ns: 412181, wcet_ns: 494618}
      - {sms: 16, runs: 30, p50_ns: 237715, p99_ns: 246025, max_ns: 246025, wcet_ns: 295230}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 467608
    p50_ns: 469710
    p99_ns: 478103
    p999_ns: 478103
    max_ns: 478103
    wcet_ns: 573724
    curve:
      - {sms: 4, runs: 30, p50_ns: 469016, p99_ns: 479974, max_ns: 479974, wcet_ns: 575969}
      - {sms: 8, runs: 30, p50_ns: 251208, p99_ns: 262723, max_ns: 262723, wcet_ns: 315268}
      - {sms: 16, runs: 30, p50_ns: 152351, p99_ns: 166024, max_ns: 166024, wcet_ns: 199229}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 344695
    p50_ns: 345813
    p99_ns: 359781
    p999_ns: 359781
    max_ns: 359781
    wcet_ns: 431738
    curve:
      - {sms: 4, runs: 30, p50_ns: 346281, p99_ns: 365266, max_ns: 365266, wcet_ns: 438320}
      - {sms: 8, runs: 30, p50_ns: 195096, p99_ns: 216976, max_ns: 216976, wcet_ns: 260372}
      - {sms: 16, runs: 30, p50_ns: 123842, p99_ns: 141765, max_ns: 141765, wcet_ns: 170118}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1129947
    p50_ns: 1131904
    p99_ns: 1168007
    p999_ns: 1168007
    max_ns: 1168007
    wcet_ns: 1401609
    curve:
      - {sms: 4, runs: 30, p50_ns: 1125376, p99_ns: 1158237, max_ns: 1158237, wcet_ns: 1389885}
      - {sms: 8, runs: 30, p50_ns: 589950, p99_ns: 600860, max_ns: 600860, wcet_ns: 721032}
      - {sms: 16, runs: 30, p50_ns: 330364, p99_ns: 338928, max_ns: 338928, wcet_ns: 406714}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 920445
    p50_ns: 922494
    p99_ns: 956361
    p999_ns: 956361
    max_ns: 956361
    wcet_ns: 1147634
    curve:
      - {sms: 4, runs: 30, p50_ns: 923470, p99_ns: 931291, max_ns: 931291, wcet_ns: 1117550}
      - {sms: 8, runs: 30, p50_ns: 480770, p99_ns: 493356, max_ns: 493356, wcet_ns: 592028}
      - {sms: 16, runs: 30, p50_ns: 287118, p99_ns: 295435, max_ns: 295435, wcet_ns: 354522}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1274520
    p50_ns: 1275941
    p99_ns: 1290001
    p999_ns: 1290001
    max_ns: 1290001
    wcet_ns: 1548002
    curve:
      - {sms: 4, runs: 30, p50_ns: 1281260, p99_ns: 1289301, max_ns: 1289301, wcet_ns: 1547162}
      - {sms: 8, runs: 30, p50_ns: 670671, p99_ns: 681161, max_ns: 681161, wcet_ns: 817394}
      - {sms: 16, runs: 30, p50_ns: 407782, p99_ns: 414220, max_ns: 414220, wcet_ns: 497064}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3024261
    p50_ns: 3026854
    p99_ns: 3040129
    p999_ns: 3040129
    max_ns: 3040129
    wcet_ns: 3648155
    curve:
      - {sms: 4, runs: 30, p50_ns: 3026522, p99_ns: 3037248, max_ns: 3037248, wcet_ns: 3644698}
      - {sms: 8, runs: 30, p50_ns: 1547111, p99_ns: 1558338, max_ns: 1558338, wcet_ns: 1870006}
      - {sms: 16, runs: 30, p50_ns: 861983, p99_ns: 867390, max_ns: 867390, wcet_ns: 1040868}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 2273327
    p50_ns: 2275203
    p99_ns: 2284991
    p999_ns: 2284991
    max_ns: 2284991
    wcet_ns: 2741990
    curve:
      - {sms: 4, runs: 30, p50_ns: 2274987, p99_ns: 2287834, max_ns: 2287834, wcet_ns: 2745401}
      - {sms: 8, runs: 30, p50_ns: 1169134, p99_ns: 1180219, max_ns: 1180219, wcet_ns: 1416263}
      - {sms: 16, runs: 30, p50_ns: 657330, p99_ns: 663266, max_ns: 663266, wcet_ns: 795920}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1771313
    p50_ns: 1774391
    p99_ns: 1781946
    p999_ns: 1781946
    max_ns: 1781946
    wcet_ns: 2138336
    curve:
      - {sms: 4, runs: 30, p50_ns: 1774176, p99_ns: 1783340, max_ns: 1783340, wcet_ns: 2140008}
      - {sms: 8, runs: 30, p50_ns: 918405, p99_ns: 927685, max_ns: 927685, wcet_ns: 1113222}
      - {sms: 16, runs: 30, p50_ns: 520245, p99_ns: 527718, max_ns: 527718, wcet_ns: 633262}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 766609
    p50_ns: 767874
    p99_ns: 778540
    p999_ns: 778540
    max_ns: 778540
    wcet_ns: 934248
    curve:
      - {sms: 4, runs: 30, p50_ns: 768738, p99_ns: 780907, max_ns: 780907, wcet_ns: 937089}
      - {sms: 8, runs: 30, p50_ns: 399336, p99_ns: 407912, max_ns: 407912, wcet_ns: 489495}
      - {sms: 16, runs: 30, p50_ns: 236450, p99_ns: 246233, max_ns: 246233, wcet_ns: 295480}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1772000
    p50_ns: 1776294
    p99_ns: 1789679
    p999_ns: 1789679
    max_ns: 1789679
    wcet_ns: 2147615
    curve:
      - {sms: 4, runs: 30, p50_ns: 1778130, p99_ns: 1789988, max_ns: 1789988, wcet_ns: 2147986}
      - {sms: 8, runs: 30, p50_ns: 918823, p99_ns: 928369, max_ns: 928369, wcet_ns: 1114043}
      - {sms: 16, runs: 30, p50_ns: 520584, p99_ns: 528998, max_ns: 528998, wcet_ns: 634798}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1772843
    p50_ns: 1777166
    p99_ns: 1829697
    p999_ns: 1829697
    max_ns: 1829697
    wcet_ns: 2195637
    curve:
      - {sms: 4, runs: 30, p50_ns: 1778381, p99_ns: 1834699, max_ns: 1834699, wcet_ns: 2201639}
      - {sms: 8, runs: 30, p50_ns: 918982, p99_ns: 925883, max_ns: 925883, wcet_ns: 1111060}
      - {sms: 16, runs: 30, p50_ns: 521336, p99_ns: 528080, max_ns: 528080, wcet_ns: 633696}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1521648
    p50_ns: 1524825
    p99_ns: 1570040
    p999_ns: 1570040
    max_ns: 1570040
    wcet_ns: 1884048
    curve:
      - {sms: 4, runs: 30, p50_ns: 1529266, p99_ns: 1588339, max_ns: 1588339, wcet_ns: 1906007}
      - {sms: 8, runs: 30, p50_ns: 812380, p99_ns: 821741, max_ns: 821741, wcet_ns: 986090}
      - {sms: 16, runs: 30, p50_ns: 520802, p99_ns: 528871, max_ns: 528871, wcet_ns: 634646}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2022823
    p50_ns: 2025838
    p99_ns: 2037837
    p999_ns: 2037837
    max_ns: 2037837
    wcet_ns: 2445405
    curve:
      - {sms: 4, runs: 30, p50_ns: 2028395, p99_ns: 2036996, max_ns: 2036996, wcet_ns: 2444396}
      - {sms: 8, runs: 30, p50_ns: 1052084, p99_ns: 1060403, max_ns: 1060403, wcet_ns: 1272484}
      - {sms: 16, runs: 30, p50_ns: 622492, p99_ns: 629419, max_ns: 629419, wcet_ns: 755303}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1266545
    p50_ns: 1267903
    p99_ns: 1350114
    p999_ns: 1350114
    max_ns: 1350114
    wcet_ns: 1620137
    curve:
      - {sms: 4, runs: 30, p50_ns: 1269262, p99_ns: 1291826, max_ns: 1291826, wcet_ns: 1550192}
      - {sms: 8, runs: 30, p50_ns: 658518, p99_ns: 667683, max_ns: 667683, wcet_ns: 801220}
      - {sms: 16, runs: 30, p50_ns: 440885, p99_ns: 450895, max_ns: 450895, wcet_ns: 541074}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3023884
    p50_ns: 3029164
    p99_ns: 3040405
    p999_ns: 3040405
    max_ns: 3040405
    wcet_ns: 3648486
    curve:
      - {sms: 4, runs: 30, p50_ns: 3032579, p99_ns: 3042512, max_ns: 3042512, wcet_ns: 3651015}
      - {sms: 8, runs: 30, p50_ns: 1577460, p99_ns: 1588020, max_ns: 1588020, wcet_ns: 1905624}
      - {sms: 16, runs: 30, p50_ns: 1022037, p99_ns: 1027471, max_ns: 1027471, wcet_ns: 1232966}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5021367
    p50_ns: 5024588
    p99_ns: 5047804
    p999_ns: 5047804
    max_ns: 5047804
    wcet_ns: 6057365
    curve:
      - {sms: 4, runs: 30, p50_ns: 5028171, p99_ns: 5038713, max_ns: 5038713, wcet_ns: 6046456}
      - {sms: 8, runs: 30, p50_ns: 2563691, p99_ns: 2577591, max_ns: 2577591, wcet_ns: 3093110}
      - {sms: 16, runs: 30, p50_ns: 1498860, p99_ns: 1504218, max_ns: 1504218, wcet_ns: 1805062}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3523140
    p50_ns: 3526277
    p99_ns: 3535618
    p999_ns: 3535618
    max_ns: 3535618
    wcet_ns: 4242742
    curve:
      - {sms: 4, runs: 30, p50_ns: 3529695, p99_ns: 3542222, max_ns: 3542222, wcet_ns: 4250667}
      - {sms: 8, runs: 30, p50_ns: 1806914, p99_ns: 1817798, max_ns: 1817798, wcet_ns: 2181358}
      - {sms: 16, runs: 30, p50_ns: 1062374, p99_ns: 1066079, max_ns: 1066079, wcet_ns: 1279295}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4024577
    p50_ns: 4027967
    p99_ns: 4039455
    p999_ns: 4039455
    max_ns: 4039455
    wcet_ns: 4847346
    curve:
      - {sms: 4, runs: 30, p50_ns: 4031307, p99_ns: 4042625, max_ns: 4042625, wcet_ns: 4851150}
      - {sms: 8, runs: 30, p50_ns: 2088654, p99_ns: 2101361, max_ns: 2101361, wcet_ns: 2521634}
      - {sms: 16, runs: 30, p50_ns: 1347313, p99_ns: 1352818, max_ns: 1352818, wcet_ns: 1623382}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4522186
    p50_ns: 4525135
    p99_ns: 4535258
    p999_ns: 4535258
    max_ns: 4535258
    wcet_ns: 5442310
    curve:
      - {sms: 4, runs: 30, p50_ns: 4529818, p99_ns: 4536832, max_ns: 4536832, wcet_ns: 5444199}
      - {sms: 8, runs: 30, p50_ns: 2311687, p99_ns: 2319680, max_ns: 2319680, wcet_ns: 2783616}
      - {sms: 16, runs: 30, p50_ns: 1364720, p99_ns: 1369940, max_ns: 1369940, wcet_ns: 1643928}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2520394
    p50_ns: 2522956
    p99_ns: 2543816
    p999_ns: 2543816
    max_ns: 2543816
    wcet_ns: 3052580
    curve:
      - {sms: 4, runs: 30, p50_ns: 2524657, p99_ns: 2533088, max_ns: 2533088, wcet_ns: 3039706}
      - {sms: 8, runs: 30, p50_ns: 1294883, p99_ns: 1304286, max_ns: 1304286, wcet_ns: 1565144}
      - {sms: 16, runs: 30, p50_ns: 723869, p99_ns: 730611, max_ns: 730611, wcet_ns: 876734}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2023762
    p50_ns: 2026718
    p99_ns: 2038306
    p999_ns: 2038306
    max_ns: 2038306
    wcet_ns: 2445968
    curve:
      - {sms: 4, runs: 30, p50_ns: 2027519, p99_ns: 2095294, max_ns: 2095294, wcet_ns: 2514353}
      - {sms: 8, runs: 30, p50_ns: 1061860, p99_ns: 1072472, max_ns: 1072472, wcet_ns: 1286967}
      - {sms: 16, runs: 30, p50_ns: 680817, p99_ns: 690841, max_ns: 690841, wcet_ns: 829010}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 1516885
    p50_ns: 1518705
    p99_ns: 1528962
    p999_ns: 1528962
    max_ns: 1528962
    wcet_ns: 1834755
    curve:
      - {sms: 4, runs: 30, p50_ns: 1521937, p99_ns: 1531434, max_ns: 1531434, wcet_ns: 1837721}
      - {sms: 8, runs: 30, p50_ns: 778760, p99_ns: 790242, max_ns: 790242, wcet_ns: 948291}
      - {sms: 16, runs: 30, p50_ns: 466286, p99_ns: 471389, max_ns: 471389, wcet_ns: 565667}
