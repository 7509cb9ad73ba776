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
dispatch_overhead: {p50_ns: 394, p99_ns: 4393, max_ns: 27975}
device_memory: {driver_fixed: 1988952064, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 321911
    p50_ns: 323342
    p99_ns: 343264
    p999_ns: 343264
    max_ns: 343264
    wcet_ns: 411917
    curve:
      - {sms: 4, runs: 30, p50_ns: 324618, p99_ns: 345304, max_ns: 345304, wcet_ns: 414365}
      - {sms: 8, runs: 30, p50_ns: 181902, p99_ns: 213809, max_ns: 213809, wcet_ns: 256571}
      - {sms: 16, runs: 30, p50_ns: 118993, p99_ns: 135857, max_ns: 135857, wcet_ns: 163029}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 464018
    p50_ns: 466273
    p99_ns: 485885
    p999_ns: 485885
    max_ns: 485885
    wcet_ns: 583062
    curve:
      - {sms: 4, runs: 30, p50_ns: 468273, p99_ns: 486466, max_ns: 486466, wcet_ns: 583760}
      - {sms: 8, runs: 30, p50_ns: 267148, p99_ns: 297985, max_ns: 297985, wcet_ns: 357582}
      - {sms: 16, runs: 30, p50_ns: 156187, p99_ns: 168031, max_ns: 168031, wcet_ns: 201638}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 285436
    p50_ns: 289228
    p99_ns: 340620
    p999_ns: 340620
    max_ns: 340620
    wcet_ns: 408744
    curve:
      - {sms: 4, runs: 30, p50_ns: 289571, p99_ns: 317171, max_ns: 317171, wcet_ns: 380606}
      - {sms: 8, runs: 30, p50_ns: 162566, p99_ns: 190206, max_ns: 190206, wcet_ns: 228248}
      - {sms: 16, runs: 30, p50_ns: 106729, p99_ns: 133158, max_ns: 133158, wcet_ns: 159790}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 215742
    p50_ns: 219303
    p99_ns: 257601
    p999_ns: 257601
    max_ns: 257601
    wcet_ns: 309122
    curve:
      - {sms: 4, runs: 30, p50_ns: 220274, p99_ns: 258569, max_ns: 258569, wcet_ns: 310283}
      - {sms: 8, runs: 30, p50_ns: 131788, p99_ns: 165314, max_ns: 165314, wcet_ns: 198377}
      - {sms: 16, runs: 30, p50_ns: 90264, p99_ns: 112224, max_ns: 112224, wcet_ns: 134669}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 678889
    p50_ns: 682226
    p99_ns: 716876
    p999_ns: 716876
    max_ns: 716876
    wcet_ns: 860252
    curve:
      - {sms: 4, runs: 30, p50_ns: 689200, p99_ns: 732430, max_ns: 732430, wcet_ns: 878916}
      - {sms: 8, runs: 30, p50_ns: 374273, p99_ns: 405789, max_ns: 405789, wcet_ns: 486947}
      - {sms: 16, runs: 30, p50_ns: 215335, p99_ns: 241767, max_ns: 241767, wcet_ns: 290121}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 555915
    p50_ns: 560386
    p99_ns: 580069
    p999_ns: 580069
    max_ns: 580069
    wcet_ns: 696083
    curve:
      - {sms: 4, runs: 30, p50_ns: 563914, p99_ns: 600983, max_ns: 600983, wcet_ns: 721180}
      - {sms: 8, runs: 30, p50_ns: 307730, p99_ns: 338827, max_ns: 338827, wcet_ns: 406593}
      - {sms: 16, runs: 30, p50_ns: 187538, p99_ns: 212756, max_ns: 212756, wcet_ns: 255308}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 780972
    p50_ns: 785618
    p99_ns: 820751
    p999_ns: 820751
    max_ns: 820751
    wcet_ns: 984902
    curve:
      - {sms: 4, runs: 30, p50_ns: 785621, p99_ns: 826051, max_ns: 826051, wcet_ns: 991262}
      - {sms: 8, runs: 30, p50_ns: 427814, p99_ns: 466380, max_ns: 466380, wcet_ns: 559656}
      - {sms: 16, runs: 30, p50_ns: 246482, p99_ns: 279002, max_ns: 279002, wcet_ns: 334803}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1819537
    p50_ns: 1823629
    p99_ns: 1843406
    p999_ns: 1843406
    max_ns: 1843406
    wcet_ns: 2212088
    curve:
      - {sms: 4, runs: 30, p50_ns: 1825034, p99_ns: 1839980, max_ns: 1839980, wcet_ns: 2207976}
      - {sms: 8, runs: 30, p50_ns: 946534, p99_ns: 961313, max_ns: 961313, wcet_ns: 1153576}
      - {sms: 16, runs: 30, p50_ns: 540397, p99_ns: 568189, max_ns: 568189, wcet_ns: 681827}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1370013
    p50_ns: 1375652
    p99_ns: 1427133
    p999_ns: 1427133
    max_ns: 1427133
    wcet_ns: 1712560
    curve:
      - {sms: 4, runs: 30, p50_ns: 1374813, p99_ns: 1412518, max_ns: 1412518, wcet_ns: 1695022}
      - {sms: 8, runs: 30, p50_ns: 715545, p99_ns: 736038, max_ns: 736038, wcet_ns: 883246}
      - {sms: 16, runs: 30, p50_ns: 409499, p99_ns: 424487, max_ns: 424487, wcet_ns: 509385}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1052596
    p50_ns: 1058490
    p99_ns: 1117375
    p999_ns: 1117375
    max_ns: 1117375
    wcet_ns: 1340850
    curve:
      - {sms: 4, runs: 30, p50_ns: 1058353, p99_ns: 1117099, max_ns: 1117099, wcet_ns: 1340519}
      - {sms: 8, runs: 30, p50_ns: 557808, p99_ns: 583686, max_ns: 583686, wcet_ns: 700424}
      - {sms: 16, runs: 30, p50_ns: 312250, p99_ns: 329946, max_ns: 329946, wcet_ns: 395936}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 465800
    p50_ns: 472094
    p99_ns: 502854
    p999_ns: 502854
    max_ns: 502854
    wcet_ns: 603425
    curve:
      - {sms: 4, runs: 30, p50_ns: 468238, p99_ns: 504724, max_ns: 504724, wcet_ns: 605669}
      - {sms: 8, runs: 30, p50_ns: 251779, p99_ns: 278954, max_ns: 278954, wcet_ns: 334745}
      - {sms: 16, runs: 30, p50_ns: 158745, p99_ns: 212309, max_ns: 212309, wcet_ns: 254771}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1055492
    p50_ns: 1059321
    p99_ns: 1090384
    p999_ns: 1090384
    max_ns: 1090384
    wcet_ns: 1308461
    curve:
      - {sms: 4, runs: 30, p50_ns: 1059959, p99_ns: 1078650, max_ns: 1078650, wcet_ns: 1294380}
      - {sms: 8, runs: 30, p50_ns: 560612, p99_ns: 579432, max_ns: 579432, wcet_ns: 695319}
      - {sms: 16, runs: 30, p50_ns: 318911, p99_ns: 365500, max_ns: 365500, wcet_ns: 438600}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1069770
    p50_ns: 1081866
    p99_ns: 1144305
    p999_ns: 1144305
    max_ns: 1144305
    wcet_ns: 1373166
    curve:
      - {sms: 4, runs: 30, p50_ns: 1084225, p99_ns: 1145354, max_ns: 1145354, wcet_ns: 1374425}
      - {sms: 8, runs: 30, p50_ns: 569222, p99_ns: 615829, max_ns: 615829, wcet_ns: 738995}
      - {sms: 16, runs: 30, p50_ns: 323567, p99_ns: 354506, max_ns: 354506, wcet_ns: 425408}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 913067
    p50_ns: 919040
    p99_ns: 945830
    p999_ns: 945830
    max_ns: 945830
    wcet_ns: 1134996
    curve:
      - {sms: 4, runs: 30, p50_ns: 921802, p99_ns: 976602, max_ns: 976602, wcet_ns: 1171923}
      - {sms: 8, runs: 30, p50_ns: 492595, p99_ns: 527981, max_ns: 527981, wcet_ns: 633578}
      - {sms: 16, runs: 30, p50_ns: 330104, p99_ns: 352182, max_ns: 352182, wcet_ns: 422619}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1231770
    p50_ns: 1244438
    p99_ns: 1268306
    p999_ns: 1268306
    max_ns: 1268306
    wcet_ns: 1521968
    curve:
      - {sms: 4, runs: 30, p50_ns: 1243659, p99_ns: 1268594, max_ns: 1268594, wcet_ns: 1522313}
      - {sms: 8, runs: 30, p50_ns: 653748, p99_ns: 684298, max_ns: 684298, wcet_ns: 821158}
      - {sms: 16, runs: 30, p50_ns: 401228, p99_ns: 426631, max_ns: 426631, wcet_ns: 511958}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 762532
    p50_ns: 769469
    p99_ns: 817688
    p999_ns: 817688
    max_ns: 817688
    wcet_ns: 981226
    curve:
      - {sms: 4, runs: 30, p50_ns: 770973, p99_ns: 818789, max_ns: 818789, wcet_ns: 982547}
      - {sms: 8, runs: 30, p50_ns: 410608, p99_ns: 434780, max_ns: 434780, wcet_ns: 521736}
      - {sms: 16, runs: 30, p50_ns: 242686, p99_ns: 273514, max_ns: 273514, wcet_ns: 328217}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1816987
    p50_ns: 1819320
    p99_ns: 1840819
    p999_ns: 1840819
    max_ns: 1840819
    wcet_ns: 2208983
    curve:
      - {sms: 4, runs: 30, p50_ns: 1819623, p99_ns: 1831906, max_ns: 1831906, wcet_ns: 2198288}
      - {sms: 8, runs: 30, p50_ns: 960665, p99_ns: 984289, max_ns: 984289, wcet_ns: 1181147}
      - {sms: 16, runs: 30, p50_ns: 634198, p99_ns: 660070, max_ns: 660070, wcet_ns: 792084}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3003064
    p50_ns: 3006993
    p99_ns: 3020610
    p999_ns: 3020610
    max_ns: 3020610
    wcet_ns: 3624732
    curve:
      - {sms: 4, runs: 30, p50_ns: 3007713, p99_ns: 3033941, max_ns: 3033941, wcet_ns: 3640730}
      - {sms: 8, runs: 30, p50_ns: 1560325, p99_ns: 1599759, max_ns: 1599759, wcet_ns: 1919711}
      - {sms: 16, runs: 30, p50_ns: 922635, p99_ns: 968621, max_ns: 968621, wcet_ns: 1162346}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2129964
    p50_ns: 2138562
    p99_ns: 2191746
    p999_ns: 2191746
    max_ns: 2191746
    wcet_ns: 2630096
    curve:
      - {sms: 4, runs: 30, p50_ns: 2140521, p99_ns: 2176818, max_ns: 2176818, wcet_ns: 2612182}
      - {sms: 8, runs: 30, p50_ns: 1112172, p99_ns: 1145561, max_ns: 1145561, wcet_ns: 1374674}
      - {sms: 16, runs: 30, p50_ns: 667018, p99_ns: 685907, max_ns: 685907, wcet_ns: 823089}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2422171
    p50_ns: 2430776
    p99_ns: 2468178
    p999_ns: 2468178
    max_ns: 2468178
    wcet_ns: 2961814
    curve:
      - {sms: 4, runs: 30, p50_ns: 2435531, p99_ns: 2473786, max_ns: 2473786, wcet_ns: 2968544}
      - {sms: 8, runs: 30, p50_ns: 1277326, p99_ns: 1315843, max_ns: 1315843, wcet_ns: 1579012}
      - {sms: 16, runs: 30, p50_ns: 833287, p99_ns: 866267, max_ns: 866267, wcet_ns: 1039521}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2721315
    p50_ns: 2729845
    p99_ns: 2759075
    p999_ns: 2759075
    max_ns: 2759075
    wcet_ns: 3310890
    curve:
      - {sms: 4, runs: 30, p50_ns: 2734951, p99_ns: 2761026, max_ns: 2761026, wcet_ns: 3313232}
      - {sms: 8, runs: 30, p50_ns: 1407042, p99_ns: 1461307, max_ns: 1461307, wcet_ns: 1753569}
      - {sms: 16, runs: 30, p50_ns: 848279, p99_ns: 923807, max_ns: 923807, wcet_ns: 1108569}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 1511191
    p50_ns: 1515156
    p99_ns: 1583927
    p999_ns: 1583927
    max_ns: 1583927
    wcet_ns: 1900713
    curve:
      - {sms: 4, runs: 30, p50_ns: 1522782, p99_ns: 1579954, max_ns: 1579954, wcet_ns: 1895945}
      - {sms: 8, runs: 30, p50_ns: 789775, p99_ns: 816066, max_ns: 816066, wcet_ns: 979280}
      - {sms: 16, runs: 30, p50_ns: 453317, p99_ns: 488828, max_ns: 488828, wcet_ns: 586594}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 1206874
    p50_ns: 1211020
    p99_ns: 1249279
    p999_ns: 1249279
    max_ns: 1249279
    wcet_ns: 1499135
    curve:
      - {sms: 4, runs: 30, p50_ns: 1212178, p99_ns: 1249535, max_ns: 1249535, wcet_ns: 1499442}
      - {sms: 8, runs: 30, p50_ns: 648820, p99_ns: 675578, max_ns: 675578, wcet_ns: 810694}
      - {sms: 16, runs: 30, p50_ns: 417870, p99_ns: 447028, max_ns: 447028, wcet_ns: 536434}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 917426
    p50_ns: 922792
    p99_ns: 957676
    p999_ns: 957676
    max_ns: 957676
    wcet_ns: 1149212
    curve:
      - {sms: 4, runs: 30, p50_ns: 919945, p99_ns: 935772, max_ns: 935772, wcet_ns: 1122927}
      - {sms: 8, runs: 30, p50_ns: 478859, p99_ns: 495567, max_ns: 495567, wcet_ns: 594681}
      - {sms: 16, runs: 30, p50_ns: 281403, p99_ns: 308908, max_ns: 308908, wcet_ns: 370690}
