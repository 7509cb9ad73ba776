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
dispatch_overhead: {p50_ns: 799, p99_ns: 5461, max_ns: 16142}
device_memory: {driver_fixed: 4178378752, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 744315
    p50_ns: 746563
    p99_ns: 779260
    p999_ns: 779260
    max_ns: 779260
    wcet_ns: 935112
    curve:
      - {sms: 4, runs: 30, p50_ns: 741496, p99_ns: 792962, max_ns: 792962, wcet_ns: 951555}
      - {sms: 8, runs: 30, p50_ns: 394801, p99_ns: 438010, max_ns: 438010, wcet_ns: 525612}
      - {sms: 16, runs: 30, p50_ns: 233849, p99_ns: 265054, max_ns: 265054, wcet_ns: 318065}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1098724
    p50_ns: 1106739
    p99_ns: 1214999
    p999_ns: 1214999
    max_ns: 1214999
    wcet_ns: 1457999
    curve:
      - {sms: 4, runs: 30, p50_ns: 1109997, p99_ns: 1193634, max_ns: 1193634, wcet_ns: 1432361}
      - {sms: 8, runs: 30, p50_ns: 574642, p99_ns: 604207, max_ns: 604207, wcet_ns: 725049}
      - {sms: 16, runs: 30, p50_ns: 336695, p99_ns: 380057, max_ns: 380057, wcet_ns: 456069}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 671826
    p50_ns: 677400
    p99_ns: 2666740
    p999_ns: 2666740
    max_ns: 2666740
    wcet_ns: 3200088
    curve:
      - {sms: 4, runs: 30, p50_ns: 676838, p99_ns: 723967, max_ns: 723967, wcet_ns: 868761}
      - {sms: 8, runs: 30, p50_ns: 358512, p99_ns: 399231, max_ns: 399231, wcet_ns: 479078}
      - {sms: 16, runs: 30, p50_ns: 214836, p99_ns: 254087, max_ns: 254087, wcet_ns: 304905}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 492522
    p50_ns: 495817
    p99_ns: 567397
    p999_ns: 567397
    max_ns: 567397
    wcet_ns: 680877
    curve:
      - {sms: 4, runs: 30, p50_ns: 494436, p99_ns: 528145, max_ns: 528145, wcet_ns: 633774}
      - {sms: 8, runs: 30, p50_ns: 268077, p99_ns: 306446, max_ns: 306446, wcet_ns: 367736}
      - {sms: 16, runs: 30, p50_ns: 165598, p99_ns: 214826, max_ns: 214826, wcet_ns: 257792}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1620522
    p50_ns: 1628679
    p99_ns: 1677413
    p999_ns: 1677413
    max_ns: 1677413
    wcet_ns: 2012896
    curve:
      - {sms: 4, runs: 30, p50_ns: 1627535, p99_ns: 1714666, max_ns: 1714666, wcet_ns: 2057600}
      - {sms: 8, runs: 30, p50_ns: 848765, p99_ns: 874948, max_ns: 874948, wcet_ns: 1049938}
      - {sms: 16, runs: 30, p50_ns: 484624, p99_ns: 519710, max_ns: 519710, wcet_ns: 623652}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1310056
    p50_ns: 1313337
    p99_ns: 1364102
    p999_ns: 1364102
    max_ns: 1364102
    wcet_ns: 1636923
    curve:
      - {sms: 4, runs: 30, p50_ns: 1313330, p99_ns: 1361331, max_ns: 1361331, wcet_ns: 1633598}
      - {sms: 8, runs: 30, p50_ns: 679773, p99_ns: 705334, max_ns: 705334, wcet_ns: 846401}
      - {sms: 16, runs: 30, p50_ns: 406123, p99_ns: 427881, max_ns: 427881, wcet_ns: 513458}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1823014
    p50_ns: 1827217
    p99_ns: 1857666
    p999_ns: 1857666
    max_ns: 1857666
    wcet_ns: 2229200
    curve:
      - {sms: 4, runs: 30, p50_ns: 1838094, p99_ns: 1870552, max_ns: 1870552, wcet_ns: 2244663}
      - {sms: 8, runs: 30, p50_ns: 964687, p99_ns: 1003574, max_ns: 1003574, wcet_ns: 1204289}
      - {sms: 16, runs: 30, p50_ns: 571750, p99_ns: 599422, max_ns: 599422, wcet_ns: 719307}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 4362148
    p50_ns: 4404409
    p99_ns: 4443088
    p999_ns: 4443088
    max_ns: 4443088
    wcet_ns: 5331706
    curve:
      - {sms: 4, runs: 30, p50_ns: 4395696, p99_ns: 4430927, max_ns: 4430927, wcet_ns: 5317113}
      - {sms: 8, runs: 30, p50_ns: 2233548, p99_ns: 2274990, max_ns: 2274990, wcet_ns: 2729988}
      - {sms: 16, runs: 30, p50_ns: 1241353, p99_ns: 1309253, max_ns: 1309253, wcet_ns: 1571104}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3277921
    p50_ns: 3290894
    p99_ns: 3341193
    p999_ns: 3341193
    max_ns: 3341193
    wcet_ns: 4009432
    curve:
      - {sms: 4, runs: 30, p50_ns: 3290911, p99_ns: 3360233, max_ns: 3360233, wcet_ns: 4032280}
      - {sms: 8, runs: 30, p50_ns: 1681868, p99_ns: 1730035, max_ns: 1730035, wcet_ns: 2076042}
      - {sms: 16, runs: 30, p50_ns: 941646, p99_ns: 970351, max_ns: 970351, wcet_ns: 1164422}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 2574997
    p50_ns: 2582500
    p99_ns: 2613629
    p999_ns: 2613629
    max_ns: 2613629
    wcet_ns: 3136355
    curve:
      - {sms: 4, runs: 30, p50_ns: 2570477, p99_ns: 2618980, max_ns: 2618980, wcet_ns: 3142776}
      - {sms: 8, runs: 30, p50_ns: 1326222, p99_ns: 1365568, max_ns: 1365568, wcet_ns: 1638682}
      - {sms: 16, runs: 30, p50_ns: 743783, p99_ns: 776577, max_ns: 776577, wcet_ns: 931893}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1108011
    p50_ns: 1113146
    p99_ns: 1153107
    p999_ns: 1153107
    max_ns: 1153107
    wcet_ns: 1383729
    curve:
      - {sms: 4, runs: 30, p50_ns: 1112308, p99_ns: 1171338, max_ns: 1171338, wcet_ns: 1405606}
      - {sms: 8, runs: 30, p50_ns: 576766, p99_ns: 609908, max_ns: 609908, wcet_ns: 731890}
      - {sms: 16, runs: 30, p50_ns: 337104, p99_ns: 380021, max_ns: 380021, wcet_ns: 456026}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2567374
    p50_ns: 2577281
    p99_ns: 2613682
    p999_ns: 2613682
    max_ns: 2613682
    wcet_ns: 3136419
    curve:
      - {sms: 4, runs: 30, p50_ns: 2577689, p99_ns: 2622310, max_ns: 2622310, wcet_ns: 3146772}
      - {sms: 8, runs: 30, p50_ns: 1324800, p99_ns: 1364616, max_ns: 1364616, wcet_ns: 1637540}
      - {sms: 16, runs: 30, p50_ns: 745793, p99_ns: 775627, max_ns: 775627, wcet_ns: 930753}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2559569
    p50_ns: 2578194
    p99_ns: 2605944
    p999_ns: 2605944
    max_ns: 2605944
    wcet_ns: 3127133
    curve:
      - {sms: 4, runs: 30, p50_ns: 2586543, p99_ns: 2619547, max_ns: 2619547, wcet_ns: 3143457}
      - {sms: 8, runs: 30, p50_ns: 1324751, p99_ns: 1368165, max_ns: 1368165, wcet_ns: 1641798}
      - {sms: 16, runs: 30, p50_ns: 736044, p99_ns: 791196, max_ns: 791196, wcet_ns: 949436}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2191967
    p50_ns: 2217124
    p99_ns: 2253283
    p999_ns: 2253283
    max_ns: 2253283
    wcet_ns: 2703940
    curve:
      - {sms: 4, runs: 30, p50_ns: 2196940, p99_ns: 2242049, max_ns: 2242049, wcet_ns: 2690459}
      - {sms: 8, runs: 30, p50_ns: 1159331, p99_ns: 1212282, max_ns: 1212282, wcet_ns: 1454739}
      - {sms: 16, runs: 30, p50_ns: 746090, p99_ns: 782156, max_ns: 782156, wcet_ns: 938588}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2925522
    p50_ns: 2935704
    p99_ns: 2959958
    p999_ns: 2959958
    max_ns: 2959958
    wcet_ns: 3551950
    curve:
      - {sms: 4, runs: 30, p50_ns: 2937886, p99_ns: 2984564, max_ns: 2984564, wcet_ns: 3581477}
      - {sms: 8, runs: 30, p50_ns: 1531709, p99_ns: 1562639, max_ns: 1562639, wcet_ns: 1875167}
      - {sms: 16, runs: 30, p50_ns: 882521, p99_ns: 918614, max_ns: 918614, wcet_ns: 1102337}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1817385
    p50_ns: 1835037
    p99_ns: 1866677
    p999_ns: 1866677
    max_ns: 1866677
    wcet_ns: 2240013
    curve:
      - {sms: 4, runs: 30, p50_ns: 1837973, p99_ns: 1874227, max_ns: 1874227, wcet_ns: 2249073}
      - {sms: 8, runs: 30, p50_ns: 947726, p99_ns: 984678, max_ns: 984678, wcet_ns: 1181614}
      - {sms: 16, runs: 30, p50_ns: 628592, p99_ns: 671050, max_ns: 671050, wcet_ns: 805260}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 4376498
    p50_ns: 4395404
    p99_ns: 4432259
    p999_ns: 4432259
    max_ns: 4432259
    wcet_ns: 5318711
    curve:
      - {sms: 4, runs: 30, p50_ns: 4386802, p99_ns: 4435562, max_ns: 4435562, wcet_ns: 5322675}
      - {sms: 8, runs: 30, p50_ns: 2277610, p99_ns: 2368218, max_ns: 2368218, wcet_ns: 2841862}
      - {sms: 16, runs: 30, p50_ns: 1476125, p99_ns: 1509927, max_ns: 1509927, wcet_ns: 1811913}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 7223751
    p50_ns: 7229727
    p99_ns: 7311710
    p999_ns: 7311710
    max_ns: 7311710
    wcet_ns: 8774052
    curve:
      - {sms: 4, runs: 30, p50_ns: 7232747, p99_ns: 7263214, max_ns: 7263214, wcet_ns: 8715857}
      - {sms: 8, runs: 30, p50_ns: 3676556, p99_ns: 3709037, max_ns: 3709037, wcet_ns: 4450845}
      - {sms: 16, runs: 30, p50_ns: 2168817, p99_ns: 2214363, max_ns: 2214363, wcet_ns: 2657236}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5069146
    p50_ns: 5121981
    p99_ns: 5140651
    p999_ns: 5140651
    max_ns: 5140651
    wcet_ns: 6168782
    curve:
      - {sms: 4, runs: 30, p50_ns: 5112767, p99_ns: 5172759, max_ns: 5172759, wcet_ns: 6207311}
      - {sms: 8, runs: 30, p50_ns: 2607351, p99_ns: 2655725, max_ns: 2655725, wcet_ns: 3186870}
      - {sms: 16, runs: 30, p50_ns: 1527143, p99_ns: 1561022, max_ns: 1561022, wcet_ns: 1873227}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5799656
    p50_ns: 5817631
    p99_ns: 5860815
    p999_ns: 5860815
    max_ns: 5860815
    wcet_ns: 7032978
    curve:
      - {sms: 4, runs: 30, p50_ns: 5794408, p99_ns: 5885725, max_ns: 5885725, wcet_ns: 7062870}
      - {sms: 8, runs: 30, p50_ns: 2995920, p99_ns: 3032830, max_ns: 3032830, wcet_ns: 3639396}
      - {sms: 16, runs: 30, p50_ns: 1927197, p99_ns: 1955631, max_ns: 1955631, wcet_ns: 2346758}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 6507710
    p50_ns: 6513145
    p99_ns: 6540185
    p999_ns: 6540185
    max_ns: 6540185
    wcet_ns: 7848222
    curve:
      - {sms: 4, runs: 30, p50_ns: 6518291, p99_ns: 6576625, max_ns: 6576625, wcet_ns: 7891950}
      - {sms: 8, runs: 30, p50_ns: 3319066, p99_ns: 3360754, max_ns: 3360754, wcet_ns: 4032905}
      - {sms: 16, runs: 30, p50_ns: 1955792, p99_ns: 1971875, max_ns: 1971875, wcet_ns: 2366250}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3621866
    p50_ns: 3630097
    p99_ns: 3658815
    p999_ns: 3658815
    max_ns: 3658815
    wcet_ns: 4390578
    curve:
      - {sms: 4, runs: 30, p50_ns: 3633797, p99_ns: 3683761, max_ns: 3683761, wcet_ns: 4420514}
      - {sms: 8, runs: 30, p50_ns: 1855330, p99_ns: 1929886, max_ns: 1929886, wcet_ns: 2315864}
      - {sms: 16, runs: 30, p50_ns: 1031689, p99_ns: 1048961, max_ns: 1048961, wcet_ns: 1258754}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2901503
    p50_ns: 2906080
    p99_ns: 2940774
    p999_ns: 2940774
    max_ns: 2940774
    wcet_ns: 3528929
    curve:
      - {sms: 4, runs: 30, p50_ns: 2907002, p99_ns: 2935768, max_ns: 2935768, wcet_ns: 3522922}
      - {sms: 8, runs: 30, p50_ns: 1522367, p99_ns: 1554864, max_ns: 1554864, wcet_ns: 1865837}
      - {sms: 16, runs: 30, p50_ns: 976280, p99_ns: 994510, max_ns: 994510, wcet_ns: 1193412}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2172119
    p50_ns: 2174844
    p99_ns: 2201579
    p999_ns: 2201579
    max_ns: 2201579
    wcet_ns: 2641895
    curve:
      - {sms: 4, runs: 30, p50_ns: 2178728, p99_ns: 2198922, max_ns: 2198922, wcet_ns: 2638707}
      - {sms: 8, runs: 30, p50_ns: 1128376, p99_ns: 1190460, max_ns: 1190460, wcet_ns: 1428552}
      - {sms: 16, runs: 30, p50_ns: 662414, p99_ns: 736309, max_ns: 736309, wcet_ns: 883571}
