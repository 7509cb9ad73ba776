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
dispatch_overhead: {p50_ns: 246, p99_ns: 3013, max_ns: 3556}
device_memory: {driver_fixed: 2718760960, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 456728
    p50_ns: 458380
    p99_ns: 474586
    p999_ns: 474586
    max_ns: 474586
    wcet_ns: 569504
    curve:
      - {sms: 4, runs: 30, p50_ns: 459276, p99_ns: 472831, max_ns: 472831, wcet_ns: 567398}
      - {sms: 8, runs: 30, p50_ns: 245752, p99_ns: 257948, max_ns: 257948, wcet_ns: 309538}
      - {sms: 16, runs: 30, p50_ns: 150313, p99_ns: 164394, max_ns: 164394, wcet_ns: 197273}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 677008
    p50_ns: 678705
    p99_ns: 696521
    p999_ns: 696521
    max_ns: 696521
    wcet_ns: 835826
    curve:
      - {sms: 4, runs: 30, p50_ns: 680400, p99_ns: 691812, max_ns: 691812, wcet_ns: 830175}
      - {sms: 8, runs: 30, p50_ns: 355385, p99_ns: 367669, max_ns: 367669, wcet_ns: 441203}
      - {sms: 16, runs: 30, p50_ns: 211924, p99_ns: 224136, max_ns: 224136, wcet_ns: 268964}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 413168
    p50_ns: 414726
    p99_ns: 425770
    p999_ns: 425770
    max_ns: 425770
    wcet_ns: 510924
    curve:
      - {sms: 4, runs: 30, p50_ns: 415151, p99_ns: 423928, max_ns: 423928, wcet_ns: 508714}
      - {sms: 8, runs: 30, p50_ns: 223442, p99_ns: 234546, max_ns: 234546, wcet_ns: 281456}
      - {sms: 16, runs: 30, p50_ns: 138013, p99_ns: 150923, max_ns: 150923, wcet_ns: 181108}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 303223
    p50_ns: 305196
    p99_ns: 320635
    p999_ns: 320635
    max_ns: 320635
    wcet_ns: 384762
    curve:
      - {sms: 4, runs: 30, p50_ns: 305725, p99_ns: 314097, max_ns: 314097, wcet_ns: 376917}
      - {sms: 8, runs: 30, p50_ns: 169110, p99_ns: 185907, max_ns: 185907, wcet_ns: 223089}
      - {sms: 16, runs: 30, p50_ns: 107980, p99_ns: 120476, max_ns: 120476, wcet_ns: 144572}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 991937
    p50_ns: 994658
    p99_ns: 1042690
    p999_ns: 1042690
    max_ns: 1042690
    wcet_ns: 1251228
    curve:
      - {sms: 4, runs: 30, p50_ns: 994996, p99_ns: 1042342, max_ns: 1042342, wcet_ns: 1250811}
      - {sms: 8, runs: 30, p50_ns: 525816, p99_ns: 537360, max_ns: 537360, wcet_ns: 644832}
      - {sms: 16, runs: 30, p50_ns: 290245, p99_ns: 302633, max_ns: 302633, wcet_ns: 363160}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 810084
    p50_ns: 811600
    p99_ns: 841483
    p999_ns: 841483
    max_ns: 841483
    wcet_ns: 1009780
    curve:
      - {sms: 4, runs: 30, p50_ns: 810636, p99_ns: 873969, max_ns: 873969, wcet_ns: 1048763}
      - {sms: 8, runs: 30, p50_ns: 427064, p99_ns: 436764, max_ns: 436764, wcet_ns: 524117}
      - {sms: 16, runs: 30, p50_ns: 258102, p99_ns: 269397, max_ns: 269397, wcet_ns: 323277}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1121596
    p50_ns: 1124508
    p99_ns: 1189845
    p999_ns: 1189845
    max_ns: 1189845
    wcet_ns: 1427814
    curve:
      - {sms: 4, runs: 30, p50_ns: 1130374, p99_ns: 1177998, max_ns: 1177998, wcet_ns: 1413598}
      - {sms: 8, runs: 30, p50_ns: 593318, p99_ns: 602428, max_ns: 602428, wcet_ns: 722914}
      - {sms: 16, runs: 30, p50_ns: 360733, p99_ns: 364250, max_ns: 364250, wcet_ns: 437100}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 2662906
    p50_ns: 2665753
    p99_ns: 2676162
    p999_ns: 2676162
    max_ns: 2676162
    wcet_ns: 3211395
    curve:
      - {sms: 4, runs: 30, p50_ns: 2666276, p99_ns: 2680857, max_ns: 2680857, wcet_ns: 3217029}
      - {sms: 8, runs: 30, p50_ns: 1365295, p99_ns: 1378406, max_ns: 1378406, wcet_ns: 1654088}
      - {sms: 16, runs: 30, p50_ns: 762106, p99_ns: 802846, max_ns: 802846, wcet_ns: 963416}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 2002735
    p50_ns: 2004462
    p99_ns: 2018980
    p999_ns: 2018980
    max_ns: 2018980
    wcet_ns: 2422776
    curve:
      - {sms: 4, runs: 30, p50_ns: 2006284, p99_ns: 2023372, max_ns: 2023372, wcet_ns: 2428047}
      - {sms: 8, runs: 30, p50_ns: 1033637, p99_ns: 1042690, max_ns: 1042690, wcet_ns: 1251228}
      - {sms: 16, runs: 30, p50_ns: 582521, p99_ns: 588556, max_ns: 588556, wcet_ns: 706268}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1563719
    p50_ns: 1565872
    p99_ns: 1574307
    p999_ns: 1574307
    max_ns: 1574307
    wcet_ns: 1889169
    curve:
      - {sms: 4, runs: 30, p50_ns: 1565988, p99_ns: 1613615, max_ns: 1613615, wcet_ns: 1936338}
      - {sms: 8, runs: 30, p50_ns: 811072, p99_ns: 819836, max_ns: 819836, wcet_ns: 983804}
      - {sms: 16, runs: 30, p50_ns: 462227, p99_ns: 487657, max_ns: 487657, wcet_ns: 585189}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 678346
    p50_ns: 679619
    p99_ns: 691730
    p999_ns: 691730
    max_ns: 691730
    wcet_ns: 830076
    curve:
      - {sms: 4, runs: 30, p50_ns: 679912, p99_ns: 690347, max_ns: 690347, wcet_ns: 828417}
      - {sms: 8, runs: 30, p50_ns: 354802, p99_ns: 368202, max_ns: 368202, wcet_ns: 441843}
      - {sms: 16, runs: 30, p50_ns: 211610, p99_ns: 221089, max_ns: 221089, wcet_ns: 265307}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1562921
    p50_ns: 1565053
    p99_ns: 1614045
    p999_ns: 1614045
    max_ns: 1614045
    wcet_ns: 1936854
    curve:
      - {sms: 4, runs: 30, p50_ns: 1567053, p99_ns: 1615835, max_ns: 1615835, wcet_ns: 1939002}
      - {sms: 8, runs: 30, p50_ns: 812053, p99_ns: 821736, max_ns: 821736, wcet_ns: 986084}
      - {sms: 16, runs: 30, p50_ns: 461244, p99_ns: 464878, max_ns: 464878, wcet_ns: 557854}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1561156
    p50_ns: 1564258
    p99_ns: 1610515
    p999_ns: 1610515
    max_ns: 1610515
    wcet_ns: 1932618
    curve:
      - {sms: 4, runs: 30, p50_ns: 1566098, p99_ns: 1613999, max_ns: 1613999, wcet_ns: 1936799}
      - {sms: 8, runs: 30, p50_ns: 811828, p99_ns: 820169, max_ns: 820169, wcet_ns: 984203}
      - {sms: 16, runs: 30, p50_ns: 461608, p99_ns: 468107, max_ns: 468107, wcet_ns: 561729}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1344404
    p50_ns: 1346922
    p99_ns: 1357631
    p999_ns: 1357631
    max_ns: 1357631
    wcet_ns: 1629158
    curve:
      - {sms: 4, runs: 30, p50_ns: 1347585, p99_ns: 1359413, max_ns: 1359413, wcet_ns: 1631296}
      - {sms: 8, runs: 30, p50_ns: 718010, p99_ns: 726925, max_ns: 726925, wcet_ns: 872310}
      - {sms: 16, runs: 30, p50_ns: 462075, p99_ns: 468112, max_ns: 468112, wcet_ns: 561735}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1781420
    p50_ns: 1784820
    p99_ns: 1799492
    p999_ns: 1799492
    max_ns: 1799492
    wcet_ns: 2159391
    curve:
      - {sms: 4, runs: 30, p50_ns: 1787465, p99_ns: 1798833, max_ns: 1798833, wcet_ns: 2158600}
      - {sms: 8, runs: 30, p50_ns: 927015, p99_ns: 939317, max_ns: 939317, wcet_ns: 1127181}
      - {sms: 16, runs: 30, p50_ns: 554028, p99_ns: 560217, max_ns: 560217, wcet_ns: 672261}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1120966
    p50_ns: 1122063
    p99_ns: 1165057
    p999_ns: 1165057
    max_ns: 1165057
    wcet_ns: 1398069
    curve:
      - {sms: 4, runs: 30, p50_ns: 1123616, p99_ns: 1162877, max_ns: 1162877, wcet_ns: 1395453}
      - {sms: 8, runs: 30, p50_ns: 584096, p99_ns: 594875, max_ns: 594875, wcet_ns: 713850}
      - {sms: 16, runs: 30, p50_ns: 377908, p99_ns: 387199, max_ns: 387199, wcet_ns: 464639}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2661658
    p50_ns: 2665595
    p99_ns: 2675760
    p999_ns: 2675760
    max_ns: 2675760
    wcet_ns: 3210912
    curve:
      - {sms: 4, runs: 30, p50_ns: 2667266, p99_ns: 2683356, max_ns: 2683356, wcet_ns: 3220028}
      - {sms: 8, runs: 30, p50_ns: 1389925, p99_ns: 1398583, max_ns: 1398583, wcet_ns: 1678300}
      - {sms: 16, runs: 30, p50_ns: 902663, p99_ns: 913397, max_ns: 913397, wcet_ns: 1096077}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4421022
    p50_ns: 4425318
    p99_ns: 4438046
    p999_ns: 4438046
    max_ns: 4438046
    wcet_ns: 5325656
    curve:
      - {sms: 4, runs: 30, p50_ns: 4427229, p99_ns: 4440571, max_ns: 4440571, wcet_ns: 5328686}
      - {sms: 8, runs: 30, p50_ns: 2258762, p99_ns: 2276491, max_ns: 2276491, wcet_ns: 2731790}
      - {sms: 16, runs: 30, p50_ns: 1322152, p99_ns: 1328084, max_ns: 1328084, wcet_ns: 1593701}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3105459
    p50_ns: 3108853
    p99_ns: 3120032
    p999_ns: 3120032
    max_ns: 3120032
    wcet_ns: 3744039
    curve:
      - {sms: 4, runs: 30, p50_ns: 3110574, p99_ns: 3116476, max_ns: 3116476, wcet_ns: 3739772}
      - {sms: 8, runs: 30, p50_ns: 1595693, p99_ns: 1608249, max_ns: 1608249, wcet_ns: 1929899}
      - {sms: 16, runs: 30, p50_ns: 940227, p99_ns: 948677, max_ns: 948677, wcet_ns: 1138413}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3544247
    p50_ns: 3547779
    p99_ns: 3563682
    p999_ns: 3563682
    max_ns: 3563682
    wcet_ns: 4276419
    curve:
      - {sms: 4, runs: 30, p50_ns: 3549400, p99_ns: 3558454, max_ns: 3558454, wcet_ns: 4270145}
      - {sms: 8, runs: 30, p50_ns: 1841596, p99_ns: 1850258, max_ns: 1850258, wcet_ns: 2220310}
      - {sms: 16, runs: 30, p50_ns: 1190249, p99_ns: 1216317, max_ns: 1216317, wcet_ns: 1459581}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3981874
    p50_ns: 3986946
    p99_ns: 3999648
    p999_ns: 3999648
    max_ns: 3999648
    wcet_ns: 4799578
    curve:
      - {sms: 4, runs: 30, p50_ns: 3989744, p99_ns: 4001577, max_ns: 4001577, wcet_ns: 4801893}
      - {sms: 8, runs: 30, p50_ns: 2040140, p99_ns: 2051831, max_ns: 2051831, wcet_ns: 2462198}
      - {sms: 16, runs: 30, p50_ns: 1205898, p99_ns: 1214122, max_ns: 1214122, wcet_ns: 1456947}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2222917
    p50_ns: 2226814
    p99_ns: 2239989
    p999_ns: 2239989
    max_ns: 2239989
    wcet_ns: 2687987
    curve:
      - {sms: 4, runs: 30, p50_ns: 2228287, p99_ns: 2242786, max_ns: 2242786, wcet_ns: 2691344}
      - {sms: 8, runs: 30, p50_ns: 1144330, p99_ns: 1155896, max_ns: 1155896, wcet_ns: 1387076}
      - {sms: 16, runs: 30, p50_ns: 643136, p99_ns: 646961, max_ns: 646961, wcet_ns: 776354}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 1785631
    p50_ns: 1788026
    p99_ns: 1799855
    p999_ns: 1799855
    max_ns: 1799855
    wcet_ns: 2159826
    curve:
      - {sms: 4, runs: 30, p50_ns: 1788429, p99_ns: 1799827, max_ns: 1799827, wcet_ns: 2159793}
      - {sms: 8, runs: 30, p50_ns: 941263, p99_ns: 947926, max_ns: 947926, wcet_ns: 1137512}
      - {sms: 16, runs: 30, p50_ns: 605698, p99_ns: 617093, max_ns: 617093, wcet_ns: 740512}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 1336137
    p50_ns: 1337989
    p99_ns: 1353536
    p999_ns: 1353536
    max_ns: 1353536
    wcet_ns: 1624244
    curve:
      - {sms: 4, runs: 30, p50_ns: 1340842, p99_ns: 1383228, max_ns: 1383228, wcet_ns: 1659874}
      - {sms: 8, runs: 30, p50_ns: 688483, p99_ns: 699468, max_ns: 699468, wcet_ns: 839362}
      - {sms: 16, runs: 30, p50_ns: 413088, p99_ns: 416598, max_ns: 416598, wcet_ns: 499918}
