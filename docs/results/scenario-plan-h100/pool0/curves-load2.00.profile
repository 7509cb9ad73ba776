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
dispatch_overhead: {p50_ns: 512, p99_ns: 4557, max_ns: 14950}
device_memory: {driver_fixed: 5696716800, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1018982
    p50_ns: 1021685
    p99_ns: 1045188
    p999_ns: 1045188
    max_ns: 1045188
    wcet_ns: 1254226
    curve:
      - {sms: 4, runs: 30, p50_ns: 1025315, p99_ns: 1047907, max_ns: 1047907, wcet_ns: 1257489}
      - {sms: 8, runs: 30, p50_ns: 529413, p99_ns: 556135, max_ns: 556135, wcet_ns: 667362}
      - {sms: 16, runs: 30, p50_ns: 307221, p99_ns: 325254, max_ns: 325254, wcet_ns: 390305}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1517108
    p50_ns: 1520217
    p99_ns: 1548554
    p999_ns: 1548554
    max_ns: 1548554
    wcet_ns: 1858265
    curve:
      - {sms: 4, runs: 30, p50_ns: 1525693, p99_ns: 1555248, max_ns: 1555248, wcet_ns: 1866298}
      - {sms: 8, runs: 30, p50_ns: 783017, p99_ns: 815610, max_ns: 815610, wcet_ns: 978732}
      - {sms: 16, runs: 30, p50_ns: 447059, p99_ns: 474372, max_ns: 474372, wcet_ns: 569247}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 915788
    p50_ns: 918352
    p99_ns: 954147
    p999_ns: 954147
    max_ns: 954147
    wcet_ns: 1144977
    curve:
      - {sms: 4, runs: 30, p50_ns: 921540, p99_ns: 940214, max_ns: 940214, wcet_ns: 1128257}
      - {sms: 8, runs: 30, p50_ns: 476160, p99_ns: 503453, max_ns: 503453, wcet_ns: 604144}
      - {sms: 16, runs: 30, p50_ns: 276058, p99_ns: 303309, max_ns: 303309, wcet_ns: 363971}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 671587
    p50_ns: 675894
    p99_ns: 715947
    p999_ns: 715947
    max_ns: 715947
    wcet_ns: 859137
    curve:
      - {sms: 4, runs: 30, p50_ns: 677795, p99_ns: 711350, max_ns: 711350, wcet_ns: 853620}
      - {sms: 8, runs: 30, p50_ns: 358425, p99_ns: 421986, max_ns: 421986, wcet_ns: 506384}
      - {sms: 16, runs: 30, p50_ns: 213127, p99_ns: 236961, max_ns: 236961, wcet_ns: 284354}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 2220892
    p50_ns: 2228390
    p99_ns: 2258965
    p999_ns: 2258965
    max_ns: 2258965
    wcet_ns: 2710758
    curve:
      - {sms: 4, runs: 30, p50_ns: 2239625, p99_ns: 2270936, max_ns: 2270936, wcet_ns: 2725124}
      - {sms: 8, runs: 30, p50_ns: 1158542, p99_ns: 1205639, max_ns: 1205639, wcet_ns: 1446767}
      - {sms: 16, runs: 30, p50_ns: 645828, p99_ns: 670322, max_ns: 670322, wcet_ns: 804387}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1825143
    p50_ns: 1843274
    p99_ns: 1890908
    p999_ns: 1890908
    max_ns: 1890908
    wcet_ns: 2269090
    curve:
      - {sms: 4, runs: 30, p50_ns: 1846922, p99_ns: 1876162, max_ns: 1876162, wcet_ns: 2251395}
      - {sms: 8, runs: 30, p50_ns: 945639, p99_ns: 970444, max_ns: 970444, wcet_ns: 1164533}
      - {sms: 16, runs: 30, p50_ns: 559578, p99_ns: 607759, max_ns: 607759, wcet_ns: 729311}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 2532060
    p50_ns: 2554591
    p99_ns: 2583116
    p999_ns: 2583116
    max_ns: 2583116
    wcet_ns: 3099740
    curve:
      - {sms: 4, runs: 30, p50_ns: 2556187, p99_ns: 2584569, max_ns: 2584569, wcet_ns: 3101483}
      - {sms: 8, runs: 30, p50_ns: 1332108, p99_ns: 1357131, max_ns: 1357131, wcet_ns: 1628558}
      - {sms: 16, runs: 30, p50_ns: 775843, p99_ns: 811621, max_ns: 811621, wcet_ns: 973946}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 6053073
    p50_ns: 6065430
    p99_ns: 6107724
    p999_ns: 6107724
    max_ns: 6107724
    wcet_ns: 7329269
    curve:
      - {sms: 4, runs: 30, p50_ns: 6065446, p99_ns: 6099583, max_ns: 6099583, wcet_ns: 7319500}
      - {sms: 8, runs: 30, p50_ns: 3083054, p99_ns: 3107333, max_ns: 3107333, wcet_ns: 3728800}
      - {sms: 16, runs: 30, p50_ns: 1702931, p99_ns: 1732640, max_ns: 1732640, wcet_ns: 2079168}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 4550222
    p50_ns: 4558795
    p99_ns: 4589554
    p999_ns: 4589554
    max_ns: 4589554
    wcet_ns: 5507465
    curve:
      - {sms: 4, runs: 30, p50_ns: 4527783, p99_ns: 4555029, max_ns: 4555029, wcet_ns: 5466035}
      - {sms: 8, runs: 30, p50_ns: 2304059, p99_ns: 2339038, max_ns: 2339038, wcet_ns: 2806846}
      - {sms: 16, runs: 30, p50_ns: 1282497, p99_ns: 1305042, max_ns: 1305042, wcet_ns: 1566051}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3524131
    p50_ns: 3528632
    p99_ns: 3558478
    p999_ns: 3558478
    max_ns: 3558478
    wcet_ns: 4270174
    curve:
      - {sms: 4, runs: 30, p50_ns: 3526933, p99_ns: 3557198, max_ns: 3557198, wcet_ns: 4268638}
      - {sms: 8, runs: 30, p50_ns: 1802729, p99_ns: 1824776, max_ns: 1824776, wcet_ns: 2189732}
      - {sms: 16, runs: 30, p50_ns: 999501, p99_ns: 1014118, max_ns: 1014118, wcet_ns: 1216942}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1535933
    p50_ns: 1540159
    p99_ns: 1569030
    p999_ns: 1569030
    max_ns: 1569030
    wcet_ns: 1882836
    curve:
      - {sms: 4, runs: 30, p50_ns: 1538003, p99_ns: 1572092, max_ns: 1572092, wcet_ns: 1886511}
      - {sms: 8, runs: 30, p50_ns: 785575, p99_ns: 843129, max_ns: 843129, wcet_ns: 1011755}
      - {sms: 16, runs: 30, p50_ns: 450359, p99_ns: 496734, max_ns: 496734, wcet_ns: 596081}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3561975
    p50_ns: 3568117
    p99_ns: 3602994
    p999_ns: 3602994
    max_ns: 3602994
    wcet_ns: 4323593
    curve:
      - {sms: 4, runs: 30, p50_ns: 3570225, p99_ns: 3606310, max_ns: 3606310, wcet_ns: 4327572}
      - {sms: 8, runs: 30, p50_ns: 1822015, p99_ns: 1864743, max_ns: 1864743, wcet_ns: 2237692}
      - {sms: 16, runs: 30, p50_ns: 1009120, p99_ns: 1038998, max_ns: 1038998, wcet_ns: 1246798}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3555733
    p50_ns: 3562193
    p99_ns: 3598797
    p999_ns: 3598797
    max_ns: 3598797
    wcet_ns: 4318557
    curve:
      - {sms: 4, runs: 30, p50_ns: 3571332, p99_ns: 3603046, max_ns: 3603046, wcet_ns: 4323656}
      - {sms: 8, runs: 30, p50_ns: 1824013, p99_ns: 1859378, max_ns: 1859378, wcet_ns: 2231254}
      - {sms: 16, runs: 30, p50_ns: 1012230, p99_ns: 1061409, max_ns: 1061409, wcet_ns: 1273691}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3017058
    p50_ns: 3023494
    p99_ns: 3049852
    p999_ns: 3049852
    max_ns: 3049852
    wcet_ns: 3659823
    curve:
      - {sms: 4, runs: 30, p50_ns: 3030766, p99_ns: 3060035, max_ns: 3060035, wcet_ns: 3672042}
      - {sms: 8, runs: 30, p50_ns: 1595859, p99_ns: 1619783, max_ns: 1619783, wcet_ns: 1943740}
      - {sms: 16, runs: 30, p50_ns: 1038007, p99_ns: 1086671, max_ns: 1086671, wcet_ns: 1304006}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 4027902
    p50_ns: 4034228
    p99_ns: 4048090
    p999_ns: 4048090
    max_ns: 4048090
    wcet_ns: 4857708
    curve:
      - {sms: 4, runs: 30, p50_ns: 4040142, p99_ns: 4059789, max_ns: 4059789, wcet_ns: 4871747}
      - {sms: 8, runs: 30, p50_ns: 2091417, p99_ns: 2110728, max_ns: 2110728, wcet_ns: 2532874}
      - {sms: 16, runs: 30, p50_ns: 1227577, p99_ns: 1264911, max_ns: 1264911, wcet_ns: 1517894}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2519734
    p50_ns: 2524792
    p99_ns: 2553165
    p999_ns: 2553165
    max_ns: 2553165
    wcet_ns: 3063798
    curve:
      - {sms: 4, runs: 30, p50_ns: 2528366, p99_ns: 2550331, max_ns: 2550331, wcet_ns: 3060398}
      - {sms: 8, runs: 30, p50_ns: 1292390, p99_ns: 1313347, max_ns: 1313347, wcet_ns: 1576017}
      - {sms: 16, runs: 30, p50_ns: 859231, p99_ns: 873121, max_ns: 873121, wcet_ns: 1047746}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 6011770
    p50_ns: 6018000
    p99_ns: 6050610
    p999_ns: 6050610
    max_ns: 6050610
    wcet_ns: 7260732
    curve:
      - {sms: 4, runs: 30, p50_ns: 6025169, p99_ns: 6046101, max_ns: 6046101, wcet_ns: 7255322}
      - {sms: 8, runs: 30, p50_ns: 3104132, p99_ns: 3134787, max_ns: 3134787, wcet_ns: 3761745}
      - {sms: 16, runs: 30, p50_ns: 2017222, p99_ns: 2029615, max_ns: 2029615, wcet_ns: 2435538}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 10005644
    p50_ns: 10016986
    p99_ns: 10092215
    p999_ns: 10092215
    max_ns: 10092215
    wcet_ns: 12110658
    curve:
      - {sms: 4, runs: 30, p50_ns: 10068073, p99_ns: 10097777, max_ns: 10097777, wcet_ns: 12117333}
      - {sms: 8, runs: 30, p50_ns: 5077068, p99_ns: 5110065, max_ns: 5110065, wcet_ns: 6132078}
      - {sms: 16, runs: 30, p50_ns: 2997861, p99_ns: 3027772, max_ns: 3027772, wcet_ns: 3633327}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 7004176
    p50_ns: 7031969
    p99_ns: 7105669
    p999_ns: 7105669
    max_ns: 7105669
    wcet_ns: 8526803
    curve:
      - {sms: 4, runs: 30, p50_ns: 7031959, p99_ns: 7103661, max_ns: 7103661, wcet_ns: 8524394}
      - {sms: 8, runs: 30, p50_ns: 3574904, p99_ns: 3609914, max_ns: 3609914, wcet_ns: 4331897}
      - {sms: 16, runs: 30, p50_ns: 2079581, p99_ns: 2114384, max_ns: 2114384, wcet_ns: 2537261}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 8018154
    p50_ns: 8022838
    p99_ns: 8060816
    p999_ns: 8060816
    max_ns: 8060816
    wcet_ns: 9672980
    curve:
      - {sms: 4, runs: 30, p50_ns: 8035019, p99_ns: 8069733, max_ns: 8069733, wcet_ns: 9683680}
      - {sms: 8, runs: 30, p50_ns: 4128351, p99_ns: 4155546, max_ns: 4155546, wcet_ns: 4986656}
      - {sms: 16, runs: 30, p50_ns: 2674352, p99_ns: 2702403, max_ns: 2702403, wcet_ns: 3242884}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 8995306
    p50_ns: 9004096
    p99_ns: 9031534
    p999_ns: 9031534
    max_ns: 9031534
    wcet_ns: 10837841
    curve:
      - {sms: 4, runs: 30, p50_ns: 9019725, p99_ns: 9055450, max_ns: 9055450, wcet_ns: 10866540}
      - {sms: 8, runs: 30, p50_ns: 4570596, p99_ns: 4598193, max_ns: 4598193, wcet_ns: 5517832}
      - {sms: 16, runs: 30, p50_ns: 2702361, p99_ns: 2717646, max_ns: 2717646, wcet_ns: 3261176}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5026683
    p50_ns: 5031159
    p99_ns: 5154215
    p999_ns: 5154215
    max_ns: 5154215
    wcet_ns: 6185058
    curve:
      - {sms: 4, runs: 30, p50_ns: 5041844, p99_ns: 5073828, max_ns: 5073828, wcet_ns: 6088594}
      - {sms: 8, runs: 30, p50_ns: 2562116, p99_ns: 2587209, max_ns: 2587209, wcet_ns: 3104651}
      - {sms: 16, runs: 30, p50_ns: 1421580, p99_ns: 1434002, max_ns: 1434002, wcet_ns: 1720803}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4020017
    p50_ns: 4042482
    p99_ns: 4084605
    p999_ns: 4084605
    max_ns: 4084605
    wcet_ns: 4901526
    curve:
      - {sms: 4, runs: 30, p50_ns: 4057414, p99_ns: 5208099, max_ns: 5208099, wcet_ns: 6249719}
      - {sms: 8, runs: 30, p50_ns: 2104665, p99_ns: 2137940, max_ns: 2137940, wcet_ns: 2565528}
      - {sms: 16, runs: 30, p50_ns: 1356842, p99_ns: 1375104, max_ns: 1375104, wcet_ns: 1650125}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3014163
    p50_ns: 3017099
    p99_ns: 3034628
    p999_ns: 3034628
    max_ns: 3034628
    wcet_ns: 3641554
    curve:
      - {sms: 4, runs: 30, p50_ns: 3023030, p99_ns: 3044859, max_ns: 3044859, wcet_ns: 3653831}
      - {sms: 8, runs: 30, p50_ns: 1533886, p99_ns: 1565477, max_ns: 1565477, wcet_ns: 1878573}
      - {sms: 16, runs: 30, p50_ns: 910739, p99_ns: 938717, max_ns: 938717, wcet_ns: 1126461}
