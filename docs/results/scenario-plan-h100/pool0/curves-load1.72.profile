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
dispatch_overhead: {p50_ns: 661, p99_ns: 4447, max_ns: 6248}
device_memory: {driver_fixed: 4954324992, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 882016
    p50_ns: 888488
    p99_ns: 921168
    p999_ns: 921168
    max_ns: 921168
    wcet_ns: 1105402
    curve:
      - {sms: 4, runs: 30, p50_ns: 886651, p99_ns: 908963, max_ns: 908963, wcet_ns: 1090756}
      - {sms: 8, runs: 30, p50_ns: 454225, p99_ns: 476297, max_ns: 476297, wcet_ns: 571557}
      - {sms: 16, runs: 30, p50_ns: 266899, p99_ns: 306000, max_ns: 306000, wcet_ns: 367200}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1298536
    p50_ns: 1301794
    p99_ns: 1323906
    p999_ns: 1323906
    max_ns: 1323906
    wcet_ns: 1588688
    curve:
      - {sms: 4, runs: 30, p50_ns: 1311947, p99_ns: 1343647, max_ns: 1343647, wcet_ns: 1612377}
      - {sms: 8, runs: 30, p50_ns: 672688, p99_ns: 713639, max_ns: 713639, wcet_ns: 856367}
      - {sms: 16, runs: 30, p50_ns: 386214, p99_ns: 441592, max_ns: 441592, wcet_ns: 529911}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 785572
    p50_ns: 789612
    p99_ns: 813917
    p999_ns: 813917
    max_ns: 813917
    wcet_ns: 976701
    curve:
      - {sms: 4, runs: 30, p50_ns: 792698, p99_ns: 812455, max_ns: 812455, wcet_ns: 974946}
      - {sms: 8, runs: 30, p50_ns: 413338, p99_ns: 433579, max_ns: 433579, wcet_ns: 520295}
      - {sms: 16, runs: 30, p50_ns: 242274, p99_ns: 265700, max_ns: 265700, wcet_ns: 318840}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 573085
    p50_ns: 575970
    p99_ns: 601020
    p999_ns: 601020
    max_ns: 601020
    wcet_ns: 721224
    curve:
      - {sms: 4, runs: 30, p50_ns: 583345, p99_ns: 623550, max_ns: 623550, wcet_ns: 748260}
      - {sms: 8, runs: 30, p50_ns: 304962, p99_ns: 333607, max_ns: 333607, wcet_ns: 400329}
      - {sms: 16, runs: 30, p50_ns: 184645, p99_ns: 204075, max_ns: 204075, wcet_ns: 244890}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1898912
    p50_ns: 1908380
    p99_ns: 1945518
    p999_ns: 1945518
    max_ns: 1945518
    wcet_ns: 2334622
    curve:
      - {sms: 4, runs: 30, p50_ns: 1907887, p99_ns: 1955471, max_ns: 1955471, wcet_ns: 2346566}
      - {sms: 8, runs: 30, p50_ns: 990300, p99_ns: 1034143, max_ns: 1034143, wcet_ns: 1240972}
      - {sms: 16, runs: 30, p50_ns: 553120, p99_ns: 581062, max_ns: 581062, wcet_ns: 697275}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1563280
    p50_ns: 1568931
    p99_ns: 1631186
    p999_ns: 1631186
    max_ns: 1631186
    wcet_ns: 1957424
    curve:
      - {sms: 4, runs: 30, p50_ns: 1569950, p99_ns: 1654086, max_ns: 1654086, wcet_ns: 1984904}
      - {sms: 8, runs: 30, p50_ns: 808995, p99_ns: 827042, max_ns: 827042, wcet_ns: 992451}
      - {sms: 16, runs: 30, p50_ns: 481392, p99_ns: 516818, max_ns: 516818, wcet_ns: 620182}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 2156135
    p50_ns: 2162194
    p99_ns: 2196363
    p999_ns: 2196363
    max_ns: 2196363
    wcet_ns: 2635636
    curve:
      - {sms: 4, runs: 30, p50_ns: 2167247, p99_ns: 2184925, max_ns: 2184925, wcet_ns: 2621910}
      - {sms: 8, runs: 30, p50_ns: 1130190, p99_ns: 1165170, max_ns: 1165170, wcet_ns: 1398204}
      - {sms: 16, runs: 30, p50_ns: 656559, p99_ns: 669080, max_ns: 669080, wcet_ns: 802896}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 5153553
    p50_ns: 5158483
    p99_ns: 5181425
    p999_ns: 5181425
    max_ns: 5181425
    wcet_ns: 6217710
    curve:
      - {sms: 4, runs: 30, p50_ns: 5157690, p99_ns: 5198998, max_ns: 5198998, wcet_ns: 6238798}
      - {sms: 8, runs: 30, p50_ns: 2620634, p99_ns: 2638026, max_ns: 2638026, wcet_ns: 3165632}
      - {sms: 16, runs: 30, p50_ns: 1441339, p99_ns: 1457560, max_ns: 1457560, wcet_ns: 1749072}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3867063
    p50_ns: 3872764
    p99_ns: 3912350
    p999_ns: 3912350
    max_ns: 3912350
    wcet_ns: 4694820
    curve:
      - {sms: 4, runs: 30, p50_ns: 3875988, p99_ns: 3904130, max_ns: 3904130, wcet_ns: 4684956}
      - {sms: 8, runs: 30, p50_ns: 1976526, p99_ns: 2019753, max_ns: 2019753, wcet_ns: 2423704}
      - {sms: 16, runs: 30, p50_ns: 1092967, p99_ns: 1114324, max_ns: 1114324, wcet_ns: 1337189}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3015384
    p50_ns: 3022068
    p99_ns: 3069641
    p999_ns: 3069641
    max_ns: 3069641
    wcet_ns: 3683570
    curve:
      - {sms: 4, runs: 30, p50_ns: 3022670, p99_ns: 3099770, max_ns: 3099770, wcet_ns: 3719724}
      - {sms: 8, runs: 30, p50_ns: 1546444, p99_ns: 1592070, max_ns: 1592070, wcet_ns: 1910484}
      - {sms: 16, runs: 30, p50_ns: 860235, p99_ns: 881159, max_ns: 881159, wcet_ns: 1057391}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1304413
    p50_ns: 1311781
    p99_ns: 1348471
    p999_ns: 1348471
    max_ns: 1348471
    wcet_ns: 1618166
    curve:
      - {sms: 4, runs: 30, p50_ns: 1311067, p99_ns: 1335347, max_ns: 1335347, wcet_ns: 1602417}
      - {sms: 8, runs: 30, p50_ns: 670854, p99_ns: 701879, max_ns: 701879, wcet_ns: 842255}
      - {sms: 16, runs: 30, p50_ns: 388026, p99_ns: 418083, max_ns: 418083, wcet_ns: 501700}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3015031
    p50_ns: 3017984
    p99_ns: 3048192
    p999_ns: 3048192
    max_ns: 3048192
    wcet_ns: 3657831
    curve:
      - {sms: 4, runs: 30, p50_ns: 3023070, p99_ns: 3056589, max_ns: 3056589, wcet_ns: 3667907}
      - {sms: 8, runs: 30, p50_ns: 1549234, p99_ns: 1584623, max_ns: 1584623, wcet_ns: 1901548}
      - {sms: 16, runs: 30, p50_ns: 866050, p99_ns: 890303, max_ns: 890303, wcet_ns: 1068364}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3031396
    p50_ns: 3039970
    p99_ns: 3081331
    p999_ns: 3081331
    max_ns: 3081331
    wcet_ns: 3697598
    curve:
      - {sms: 4, runs: 30, p50_ns: 3022964, p99_ns: 3038077, max_ns: 3038077, wcet_ns: 3645693}
      - {sms: 8, runs: 30, p50_ns: 1548343, p99_ns: 1570038, max_ns: 1570038, wcet_ns: 1884046}
      - {sms: 16, runs: 30, p50_ns: 864911, p99_ns: 881038, max_ns: 881038, wcet_ns: 1057246}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2609019
    p50_ns: 2615330
    p99_ns: 2648748
    p999_ns: 2648748
    max_ns: 2648748
    wcet_ns: 3178498
    curve:
      - {sms: 4, runs: 30, p50_ns: 2619478, p99_ns: 2655203, max_ns: 2655203, wcet_ns: 3186244}
      - {sms: 8, runs: 30, p50_ns: 1365999, p99_ns: 1403101, max_ns: 1403101, wcet_ns: 1683722}
      - {sms: 16, runs: 30, p50_ns: 886419, p99_ns: 940087, max_ns: 940087, wcet_ns: 1128105}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3488022
    p50_ns: 3494162
    p99_ns: 3538026
    p999_ns: 3538026
    max_ns: 3538026
    wcet_ns: 4245632
    curve:
      - {sms: 4, runs: 30, p50_ns: 3495685, p99_ns: 3528808, max_ns: 3528808, wcet_ns: 4234570}
      - {sms: 8, runs: 30, p50_ns: 1808673, p99_ns: 1837444, max_ns: 1837444, wcet_ns: 2204933}
      - {sms: 16, runs: 30, p50_ns: 1070748, p99_ns: 1096655, max_ns: 1096655, wcet_ns: 1315986}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2156998
    p50_ns: 2165006
    p99_ns: 2190333
    p999_ns: 2190333
    max_ns: 2190333
    wcet_ns: 2628400
    curve:
      - {sms: 4, runs: 30, p50_ns: 2167657, p99_ns: 2196541, max_ns: 2196541, wcet_ns: 2635850}
      - {sms: 8, runs: 30, p50_ns: 1109332, p99_ns: 1138841, max_ns: 1138841, wcet_ns: 1366610}
      - {sms: 16, runs: 30, p50_ns: 754819, p99_ns: 786483, max_ns: 786483, wcet_ns: 943780}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 5165442
    p50_ns: 5195865
    p99_ns: 5254723
    p999_ns: 5254723
    max_ns: 5254723
    wcet_ns: 6305668
    curve:
      - {sms: 4, runs: 30, p50_ns: 5197854, p99_ns: 5237613, max_ns: 5237613, wcet_ns: 6285136}
      - {sms: 8, runs: 30, p50_ns: 2676725, p99_ns: 2713829, max_ns: 2713829, wcet_ns: 3256595}
      - {sms: 16, runs: 30, p50_ns: 1732989, p99_ns: 1789262, max_ns: 1789262, wcet_ns: 2147115}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 8578717
    p50_ns: 8616843
    p99_ns: 8655926
    p999_ns: 8655926
    max_ns: 8655926
    wcet_ns: 10387112
    curve:
      - {sms: 4, runs: 30, p50_ns: 8598915, p99_ns: 8663294, max_ns: 8663294, wcet_ns: 10395953}
      - {sms: 8, runs: 30, p50_ns: 4391259, p99_ns: 4426715, max_ns: 4426715, wcet_ns: 5312058}
      - {sms: 16, runs: 30, p50_ns: 2554073, p99_ns: 2636997, max_ns: 2636997, wcet_ns: 3164397}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 6045150
    p50_ns: 6054774
    p99_ns: 6078149
    p999_ns: 6078149
    max_ns: 6078149
    wcet_ns: 7293779
    curve:
      - {sms: 4, runs: 30, p50_ns: 6065467, p99_ns: 6097072, max_ns: 6097072, wcet_ns: 7316487}
      - {sms: 8, runs: 30, p50_ns: 3096197, p99_ns: 3130647, max_ns: 3130647, wcet_ns: 3756777}
      - {sms: 16, runs: 30, p50_ns: 1812325, p99_ns: 1832063, max_ns: 1832063, wcet_ns: 2198476}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 6907919
    p50_ns: 6917439
    p99_ns: 6947233
    p999_ns: 6947233
    max_ns: 6947233
    wcet_ns: 8336680
    curve:
      - {sms: 4, runs: 30, p50_ns: 6929445, p99_ns: 6994975, max_ns: 6994975, wcet_ns: 8393970}
      - {sms: 8, runs: 30, p50_ns: 3585915, p99_ns: 3615977, max_ns: 3615977, wcet_ns: 4339173}
      - {sms: 16, runs: 30, p50_ns: 2302811, p99_ns: 2324283, max_ns: 2324283, wcet_ns: 2789140}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 7740421
    p50_ns: 7753440
    p99_ns: 7801696
    p999_ns: 7801696
    max_ns: 7801696
    wcet_ns: 9362036
    curve:
      - {sms: 4, runs: 30, p50_ns: 7767700, p99_ns: 7812730, max_ns: 7812730, wcet_ns: 9375276}
      - {sms: 8, runs: 30, p50_ns: 3929472, p99_ns: 3963751, max_ns: 3963751, wcet_ns: 4756502}
      - {sms: 16, runs: 30, p50_ns: 2327057, p99_ns: 2372302, max_ns: 2372302, wcet_ns: 2846763}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4294484
    p50_ns: 4306977
    p99_ns: 4340136
    p999_ns: 4340136
    max_ns: 4340136
    wcet_ns: 5208164
    curve:
      - {sms: 4, runs: 30, p50_ns: 4320667, p99_ns: 4355080, max_ns: 4355080, wcet_ns: 5226096}
      - {sms: 8, runs: 30, p50_ns: 2192832, p99_ns: 2218150, max_ns: 2218150, wcet_ns: 2661780}
      - {sms: 16, runs: 30, p50_ns: 1213072, p99_ns: 1232789, max_ns: 1232789, wcet_ns: 1479347}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3441585
    p50_ns: 3446689
    p99_ns: 3469198
    p999_ns: 3469198
    max_ns: 3469198
    wcet_ns: 4163038
    curve:
      - {sms: 4, runs: 30, p50_ns: 3454486, p99_ns: 3475210, max_ns: 3475210, wcet_ns: 4170252}
      - {sms: 8, runs: 30, p50_ns: 1800116, p99_ns: 1839405, max_ns: 1839405, wcet_ns: 2207286}
      - {sms: 16, runs: 30, p50_ns: 1167621, p99_ns: 1187814, max_ns: 1187814, wcet_ns: 1425377}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2585859
    p50_ns: 2590031
    p99_ns: 2634696
    p999_ns: 2634696
    max_ns: 2634696
    wcet_ns: 3161636
    curve:
      - {sms: 4, runs: 30, p50_ns: 2599777, p99_ns: 2639771, max_ns: 2639771, wcet_ns: 3167726}
      - {sms: 8, runs: 30, p50_ns: 1319613, p99_ns: 1350213, max_ns: 1350213, wcet_ns: 1620256}
      - {sms: 16, runs: 30, p50_ns: 781043, p99_ns: 796950, max_ns: 796950, wcet_ns: 956340}
