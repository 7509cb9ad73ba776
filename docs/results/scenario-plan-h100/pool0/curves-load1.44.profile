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
dispatch_overhead: {p50_ns: 640, p99_ns: 4485, max_ns: 12590}
device_memory: {driver_fixed: 4220321792, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 733145
    p50_ns: 747334
    p99_ns: 788852
    p999_ns: 788852
    max_ns: 788852
    wcet_ns: 946623
    curve:
      - {sms: 4, runs: 30, p50_ns: 748967, p99_ns: 795302, max_ns: 795302, wcet_ns: 954363}
      - {sms: 8, runs: 30, p50_ns: 393073, p99_ns: 450679, max_ns: 450679, wcet_ns: 540815}
      - {sms: 16, runs: 30, p50_ns: 235388, p99_ns: 274735, max_ns: 274735, wcet_ns: 329682}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1094367
    p50_ns: 1097560
    p99_ns: 1141471
    p999_ns: 1141471
    max_ns: 1141471
    wcet_ns: 1369766
    curve:
      - {sms: 4, runs: 30, p50_ns: 1098610, p99_ns: 1135002, max_ns: 1135002, wcet_ns: 1362003}
      - {sms: 8, runs: 30, p50_ns: 567144, p99_ns: 594283, max_ns: 594283, wcet_ns: 713140}
      - {sms: 16, runs: 30, p50_ns: 332918, p99_ns: 379093, max_ns: 379093, wcet_ns: 454912}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 663959
    p50_ns: 666933
    p99_ns: 713198
    p999_ns: 713198
    max_ns: 713198
    wcet_ns: 855838
    curve:
      - {sms: 4, runs: 30, p50_ns: 665574, p99_ns: 692730, max_ns: 692730, wcet_ns: 831276}
      - {sms: 8, runs: 30, p50_ns: 351675, p99_ns: 377952, max_ns: 377952, wcet_ns: 453543}
      - {sms: 16, runs: 30, p50_ns: 209431, p99_ns: 238034, max_ns: 238034, wcet_ns: 285641}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 484923
    p50_ns: 487898
    p99_ns: 593852
    p999_ns: 593852
    max_ns: 593852
    wcet_ns: 712623
    curve:
      - {sms: 4, runs: 30, p50_ns: 487162, p99_ns: 523208, max_ns: 523208, wcet_ns: 627850}
      - {sms: 8, runs: 30, p50_ns: 261865, p99_ns: 284624, max_ns: 284624, wcet_ns: 341549}
      - {sms: 16, runs: 30, p50_ns: 158656, p99_ns: 185820, max_ns: 185820, wcet_ns: 222984}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1592703
    p50_ns: 1595050
    p99_ns: 1626704
    p999_ns: 1626704
    max_ns: 1626704
    wcet_ns: 1952045
    curve:
      - {sms: 4, runs: 30, p50_ns: 1601184, p99_ns: 1714432, max_ns: 1714432, wcet_ns: 2057319}
      - {sms: 8, runs: 30, p50_ns: 830303, p99_ns: 855286, max_ns: 855286, wcet_ns: 1026344}
      - {sms: 16, runs: 30, p50_ns: 479072, p99_ns: 494942, max_ns: 494942, wcet_ns: 593931}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1305750
    p50_ns: 1309905
    p99_ns: 1329180
    p999_ns: 1329180
    max_ns: 1329180
    wcet_ns: 1595016
    curve:
      - {sms: 4, runs: 30, p50_ns: 1310360, p99_ns: 1328333, max_ns: 1328333, wcet_ns: 1594000}
      - {sms: 8, runs: 30, p50_ns: 677272, p99_ns: 692700, max_ns: 692700, wcet_ns: 831240}
      - {sms: 16, runs: 30, p50_ns: 405324, p99_ns: 437382, max_ns: 437382, wcet_ns: 524859}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1807185
    p50_ns: 1811039
    p99_ns: 1835155
    p999_ns: 1835155
    max_ns: 1835155
    wcet_ns: 2202186
    curve:
      - {sms: 4, runs: 30, p50_ns: 1810083, p99_ns: 1833662, max_ns: 1833662, wcet_ns: 2200395}
      - {sms: 8, runs: 30, p50_ns: 953724, p99_ns: 971703, max_ns: 971703, wcet_ns: 1166044}
      - {sms: 16, runs: 30, p50_ns: 561145, p99_ns: 571557, max_ns: 571557, wcet_ns: 685869}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 4322036
    p50_ns: 4349467
    p99_ns: 4386482
    p999_ns: 4386482
    max_ns: 4386482
    wcet_ns: 5263779
    curve:
      - {sms: 4, runs: 30, p50_ns: 4340138, p99_ns: 4390032, max_ns: 4390032, wcet_ns: 5268039}
      - {sms: 8, runs: 30, p50_ns: 2212291, p99_ns: 2230106, max_ns: 2230106, wcet_ns: 2676128}
      - {sms: 16, runs: 30, p50_ns: 1232785, p99_ns: 1264055, max_ns: 1264055, wcet_ns: 1516866}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3246253
    p50_ns: 3267192
    p99_ns: 3303799
    p999_ns: 3303799
    max_ns: 3303799
    wcet_ns: 3964559
    curve:
      - {sms: 4, runs: 30, p50_ns: 3249294, p99_ns: 3325274, max_ns: 3325274, wcet_ns: 3990329}
      - {sms: 8, runs: 30, p50_ns: 1657472, p99_ns: 1675993, max_ns: 1675993, wcet_ns: 2011192}
      - {sms: 16, runs: 30, p50_ns: 930834, p99_ns: 997301, max_ns: 997301, wcet_ns: 1196762}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 2525322
    p50_ns: 2529148
    p99_ns: 2542003
    p999_ns: 2542003
    max_ns: 2542003
    wcet_ns: 3050404
    curve:
      - {sms: 4, runs: 30, p50_ns: 2528659, p99_ns: 2554887, max_ns: 2554887, wcet_ns: 3065865}
      - {sms: 8, runs: 30, p50_ns: 1297280, p99_ns: 1344338, max_ns: 1344338, wcet_ns: 1613206}
      - {sms: 16, runs: 30, p50_ns: 730464, p99_ns: 751069, max_ns: 751069, wcet_ns: 901283}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1090609
    p50_ns: 1097200
    p99_ns: 1116750
    p999_ns: 1116750
    max_ns: 1116750
    wcet_ns: 1340100
    curve:
      - {sms: 4, runs: 30, p50_ns: 1102361, p99_ns: 1149467, max_ns: 1149467, wcet_ns: 1379361}
      - {sms: 8, runs: 30, p50_ns: 571005, p99_ns: 600659, max_ns: 600659, wcet_ns: 720791}
      - {sms: 16, runs: 30, p50_ns: 327795, p99_ns: 346119, max_ns: 346119, wcet_ns: 415343}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2536942
    p50_ns: 2542911
    p99_ns: 2592716
    p999_ns: 2592716
    max_ns: 2592716
    wcet_ns: 3111260
    curve:
      - {sms: 4, runs: 30, p50_ns: 2548652, p99_ns: 2582223, max_ns: 2582223, wcet_ns: 3098668}
      - {sms: 8, runs: 30, p50_ns: 1309432, p99_ns: 1348412, max_ns: 1348412, wcet_ns: 1618095}
      - {sms: 16, runs: 30, p50_ns: 740724, p99_ns: 758531, max_ns: 758531, wcet_ns: 910238}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2534833
    p50_ns: 2542404
    p99_ns: 2601595
    p999_ns: 2601595
    max_ns: 2601595
    wcet_ns: 3121914
    curve:
      - {sms: 4, runs: 30, p50_ns: 2551421, p99_ns: 2575462, max_ns: 2575462, wcet_ns: 3090555}
      - {sms: 8, runs: 30, p50_ns: 1309068, p99_ns: 1353256, max_ns: 1353256, wcet_ns: 1623908}
      - {sms: 16, runs: 30, p50_ns: 740578, p99_ns: 762080, max_ns: 762080, wcet_ns: 914496}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2185964
    p50_ns: 2200459
    p99_ns: 2236812
    p999_ns: 2236812
    max_ns: 2236812
    wcet_ns: 2684175
    curve:
      - {sms: 4, runs: 30, p50_ns: 2208551, p99_ns: 2309460, max_ns: 2309460, wcet_ns: 2771352}
      - {sms: 8, runs: 30, p50_ns: 1161563, p99_ns: 1185556, max_ns: 1185556, wcet_ns: 1422668}
      - {sms: 16, runs: 30, p50_ns: 747631, p99_ns: 768585, max_ns: 768585, wcet_ns: 922302}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2900954
    p50_ns: 2917041
    p99_ns: 2958168
    p999_ns: 2958168
    max_ns: 2958168
    wcet_ns: 3549802
    curve:
      - {sms: 4, runs: 30, p50_ns: 2923467, p99_ns: 2957265, max_ns: 2957265, wcet_ns: 3548718}
      - {sms: 8, runs: 30, p50_ns: 1530284, p99_ns: 1565736, max_ns: 1565736, wcet_ns: 1878884}
      - {sms: 16, runs: 30, p50_ns: 888235, p99_ns: 911407, max_ns: 911407, wcet_ns: 1093689}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1817195
    p50_ns: 1841970
    p99_ns: 1866687
    p999_ns: 1866687
    max_ns: 1866687
    wcet_ns: 2240025
    curve:
      - {sms: 4, runs: 30, p50_ns: 1811747, p99_ns: 1858871, max_ns: 1858871, wcet_ns: 2230646}
      - {sms: 8, runs: 30, p50_ns: 929920, p99_ns: 948467, max_ns: 948467, wcet_ns: 1138161}
      - {sms: 16, runs: 30, p50_ns: 622579, p99_ns: 640624, max_ns: 640624, wcet_ns: 768749}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 4335933
    p50_ns: 4342142
    p99_ns: 4376523
    p999_ns: 4376523
    max_ns: 4376523
    wcet_ns: 5251828
    curve:
      - {sms: 4, runs: 30, p50_ns: 4343872, p99_ns: 4384955, max_ns: 4384955, wcet_ns: 5261946}
      - {sms: 8, runs: 30, p50_ns: 2245471, p99_ns: 2260511, max_ns: 2260511, wcet_ns: 2712614}
      - {sms: 16, runs: 30, p50_ns: 1458783, p99_ns: 1476820, max_ns: 1476820, wcet_ns: 1772184}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 7199927
    p50_ns: 7212664
    p99_ns: 7240308
    p999_ns: 7240308
    max_ns: 7240308
    wcet_ns: 8688370
    curve:
      - {sms: 4, runs: 30, p50_ns: 7214672, p99_ns: 7242304, max_ns: 7242304, wcet_ns: 8690765}
      - {sms: 8, runs: 30, p50_ns: 3661062, p99_ns: 3677879, max_ns: 3677879, wcet_ns: 4413455}
      - {sms: 16, runs: 30, p50_ns: 2145568, p99_ns: 2197136, max_ns: 2197136, wcet_ns: 2636564}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5049024
    p50_ns: 5057894
    p99_ns: 5113229
    p999_ns: 5113229
    max_ns: 5113229
    wcet_ns: 6135875
    curve:
      - {sms: 4, runs: 30, p50_ns: 5062366, p99_ns: 5117631, max_ns: 5117631, wcet_ns: 6141158}
      - {sms: 8, runs: 30, p50_ns: 2588234, p99_ns: 2626121, max_ns: 2626121, wcet_ns: 3151346}
      - {sms: 16, runs: 30, p50_ns: 1522390, p99_ns: 1584445, max_ns: 1584445, wcet_ns: 1901334}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5763429
    p50_ns: 5782857
    p99_ns: 5840483
    p999_ns: 5840483
    max_ns: 5840483
    wcet_ns: 7008580
    curve:
      - {sms: 4, runs: 30, p50_ns: 5809319, p99_ns: 5856688, max_ns: 5856688, wcet_ns: 7028026}
      - {sms: 8, runs: 30, p50_ns: 2996976, p99_ns: 3010894, max_ns: 3010894, wcet_ns: 3613073}
      - {sms: 16, runs: 30, p50_ns: 1926649, p99_ns: 1940741, max_ns: 1940741, wcet_ns: 2328890}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 6480678
    p50_ns: 6486176
    p99_ns: 6504713
    p999_ns: 6504713
    max_ns: 6504713
    wcet_ns: 7805656
    curve:
      - {sms: 4, runs: 30, p50_ns: 6494778, p99_ns: 6517327, max_ns: 6517327, wcet_ns: 7820793}
      - {sms: 8, runs: 30, p50_ns: 3301167, p99_ns: 3329029, max_ns: 3329029, wcet_ns: 3994835}
      - {sms: 16, runs: 30, p50_ns: 1955741, p99_ns: 2008162, max_ns: 2008162, wcet_ns: 2409795}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3602987
    p50_ns: 3607591
    p99_ns: 3636239
    p999_ns: 3636239
    max_ns: 3636239
    wcet_ns: 4363487
    curve:
      - {sms: 4, runs: 30, p50_ns: 3628837, p99_ns: 3677945, max_ns: 3677945, wcet_ns: 4413534}
      - {sms: 8, runs: 30, p50_ns: 1867242, p99_ns: 1894600, max_ns: 1894600, wcet_ns: 2273520}
      - {sms: 16, runs: 30, p50_ns: 1042728, p99_ns: 1069545, max_ns: 1069545, wcet_ns: 1283454}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2909297
    p50_ns: 2925305
    p99_ns: 2960029
    p999_ns: 2960029
    max_ns: 2960029
    wcet_ns: 3552035
    curve:
      - {sms: 4, runs: 30, p50_ns: 2917471, p99_ns: 2941755, max_ns: 2941755, wcet_ns: 3530106}
      - {sms: 8, runs: 30, p50_ns: 1520932, p99_ns: 1563678, max_ns: 1563678, wcet_ns: 1876414}
      - {sms: 16, runs: 30, p50_ns: 982417, p99_ns: 1022952, max_ns: 1022952, wcet_ns: 1227543}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2180938
    p50_ns: 2199991
    p99_ns: 2232648
    p999_ns: 2232648
    max_ns: 2232648
    wcet_ns: 2679178
    curve:
      - {sms: 4, runs: 30, p50_ns: 2197187, p99_ns: 2227963, max_ns: 2227963, wcet_ns: 2673556}
      - {sms: 8, runs: 30, p50_ns: 1120328, p99_ns: 1151333, max_ns: 1151333, wcet_ns: 1381600}
      - {sms: 16, runs: 30, p50_ns: 663762, p99_ns: 695172, max_ns: 695172, wcet_ns: 834207}
