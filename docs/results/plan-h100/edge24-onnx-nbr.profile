# AegisRT WCET profile, written by 'aegisrt profile'; read by 'aegisrt admit|run
# --wcet-profile' (include/aegis/profile.h). Times in ns: execution = finish -
# start of each job run alone, back to back; wcet = ceil(max * margin);
# dispatch_overhead = start - release over every job.
# curve: the model alone on one lane of each size (lane_sizes); interference (where
# measured) = p99 with a memory-bound neighbour on another lane / p99 alone.
version: 2
workload: "examples/edge-24-onnx.yaml"
device: "cuda"
device_name: "NVIDIA H100 80GB HBM3"
device_profile: "orin-agx-8g"
lanes: 4
runs: 30
margin: 1.2
dispatch_overhead: {p50_ns: 412, p99_ns: 5703, max_ns: 16956}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1367578
    p50_ns: 1369116
    p99_ns: 1378421
    p999_ns: 1378421
    max_ns: 1378421
    wcet_ns: 1654106
    curve:
      - {sms: 4, runs: 30, p50_ns: 1394731, p99_ns: 1427673, max_ns: 1427673, wcet_ns: 1713208, interference: 1.1473}
      - {sms: 8, runs: 30, p50_ns: 896614, p99_ns: 907066, max_ns: 907066, wcet_ns: 1088480, interference: 1.2102}
      - {sms: 16, runs: 30, p50_ns: 679871, p99_ns: 692221, max_ns: 692221, wcet_ns: 830666}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1358993
    p50_ns: 1360240
    p99_ns: 1368815
    p999_ns: 1368815
    max_ns: 1368815
    wcet_ns: 1642578
    curve:
      - {sms: 4, runs: 30, p50_ns: 1385845, p99_ns: 1397544, max_ns: 1397544, wcet_ns: 1677053, interference: 1.1737}
      - {sms: 8, runs: 30, p50_ns: 897566, p99_ns: 906089, max_ns: 906089, wcet_ns: 1087307, interference: 1.2048}
      - {sms: 16, runs: 30, p50_ns: 679881, p99_ns: 691062, max_ns: 691062, wcet_ns: 829275}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1358413
    p50_ns: 1359912
    p99_ns: 1368223
    p999_ns: 1368223
    max_ns: 1368223
    wcet_ns: 1641868
    curve:
      - {sms: 4, runs: 30, p50_ns: 1385695, p99_ns: 1440857, max_ns: 1440857, wcet_ns: 1729029, interference: 1.1364}
      - {sms: 8, runs: 30, p50_ns: 896352, p99_ns: 905892, max_ns: 905892, wcet_ns: 1087071, interference: 1.2146}
      - {sms: 16, runs: 30, p50_ns: 682087, p99_ns: 691503, max_ns: 691503, wcet_ns: 829804}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1359688
    p50_ns: 1361201
    p99_ns: 1373259
    p999_ns: 1373259
    max_ns: 1373259
    wcet_ns: 1647911
    curve:
      - {sms: 4, runs: 30, p50_ns: 1387564, p99_ns: 1411755, max_ns: 1411755, wcet_ns: 1694106, interference: 1.167}
      - {sms: 8, runs: 30, p50_ns: 896981, p99_ns: 905539, max_ns: 905539, wcet_ns: 1086647, interference: 1.2198}
      - {sms: 16, runs: 30, p50_ns: 681144, p99_ns: 689226, max_ns: 689226, wcet_ns: 827072}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1357416
    p50_ns: 1359447
    p99_ns: 1365261
    p999_ns: 1365261
    max_ns: 1365261
    wcet_ns: 1638314
    curve:
      - {sms: 4, runs: 30, p50_ns: 1385033, p99_ns: 1396696, max_ns: 1396696, wcet_ns: 1676036, interference: 1.1703}
      - {sms: 8, runs: 30, p50_ns: 895532, p99_ns: 902667, max_ns: 902667, wcet_ns: 1083201, interference: 1.2199}
      - {sms: 16, runs: 30, p50_ns: 679684, p99_ns: 686987, max_ns: 686987, wcet_ns: 824385}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 2084504
    p50_ns: 2086495
    p99_ns: 2092793
    p999_ns: 2092793
    max_ns: 2092793
    wcet_ns: 2511352
    curve:
      - {sms: 4, runs: 30, p50_ns: 2118826, p99_ns: 2139898, max_ns: 2139898, wcet_ns: 2567878, interference: 1.0655}
      - {sms: 8, runs: 30, p50_ns: 1156466, p99_ns: 1171407, max_ns: 1171407, wcet_ns: 1405689, interference: 1.063}
      - {sms: 16, runs: 30, p50_ns: 719576, p99_ns: 733154, max_ns: 733154, wcet_ns: 879785}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 3276894
    p50_ns: 3282093
    p99_ns: 3287682
    p999_ns: 3287682
    max_ns: 3287682
    wcet_ns: 3945219
    curve:
      - {sms: 4, runs: 30, p50_ns: 3312178, p99_ns: 3329373, max_ns: 3329373, wcet_ns: 3995248, interference: 1.082}
      - {sms: 8, runs: 30, p50_ns: 1830720, p99_ns: 1834435, max_ns: 1834435, wcet_ns: 2201322, interference: 1.089}
      - {sms: 16, runs: 30, p50_ns: 1131563, p99_ns: 1139518, max_ns: 1139518, wcet_ns: 1367422}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 6106001
    p50_ns: 6121899
    p99_ns: 6130249
    p999_ns: 6130249
    max_ns: 6130249
    wcet_ns: 7356299
    curve:
      - {sms: 4, runs: 30, p50_ns: 6121185, p99_ns: 6141511, max_ns: 6141511, wcet_ns: 7369814, interference: 1.0335}
      - {sms: 8, runs: 30, p50_ns: 3355516, p99_ns: 3368527, max_ns: 3368527, wcet_ns: 4042233, interference: 1.0343}
      - {sms: 16, runs: 30, p50_ns: 2108749, p99_ns: 2116520, max_ns: 2116520, wcet_ns: 2539824}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3304495
    p50_ns: 3307687
    p99_ns: 3320150
    p999_ns: 3320150
    max_ns: 3320150
    wcet_ns: 3984180
    curve:
      - {sms: 4, runs: 30, p50_ns: 3309654, p99_ns: 3319499, max_ns: 3319499, wcet_ns: 3983399, interference: 1.0811}
      - {sms: 8, runs: 30, p50_ns: 1816807, p99_ns: 1822719, max_ns: 1822719, wcet_ns: 2187263, interference: 1.0846}
      - {sms: 16, runs: 30, p50_ns: 1122410, p99_ns: 1131680, max_ns: 1131680, wcet_ns: 1358016}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3302509
    p50_ns: 3304492
    p99_ns: 3309170
    p999_ns: 3309170
    max_ns: 3309170
    wcet_ns: 3971004
    curve:
      - {sms: 4, runs: 30, p50_ns: 3305586, p99_ns: 3310710, max_ns: 3310710, wcet_ns: 3972852, interference: 1.0832}
      - {sms: 8, runs: 30, p50_ns: 1819990, p99_ns: 1834243, max_ns: 1834243, wcet_ns: 2201092, interference: 1.0742}
      - {sms: 16, runs: 30, p50_ns: 1122537, p99_ns: 1139464, max_ns: 1139464, wcet_ns: 1367357}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1385165
    p50_ns: 1389462
    p99_ns: 1404029
    p999_ns: 1404029
    max_ns: 1404029
    wcet_ns: 1684835
    curve:
      - {sms: 4, runs: 30, p50_ns: 1390297, p99_ns: 1403626, max_ns: 1403626, wcet_ns: 1684352, interference: 1.1607}
      - {sms: 8, runs: 30, p50_ns: 895345, p99_ns: 902108, max_ns: 902108, wcet_ns: 1082530, interference: 1.213}
      - {sms: 16, runs: 30, p50_ns: 679069, p99_ns: 690414, max_ns: 690414, wcet_ns: 828497}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3301919
    p50_ns: 3304290
    p99_ns: 3312164
    p999_ns: 3312164
    max_ns: 3312164
    wcet_ns: 3974597
    curve:
      - {sms: 4, runs: 30, p50_ns: 3299786, p99_ns: 3308456, max_ns: 3308456, wcet_ns: 3970148, interference: 1.0824}
      - {sms: 8, runs: 30, p50_ns: 1816772, p99_ns: 1826695, max_ns: 1826695, wcet_ns: 2192034, interference: 1.0833}
      - {sms: 16, runs: 30, p50_ns: 1122257, p99_ns: 1132391, max_ns: 1132391, wcet_ns: 1358870}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3300583
    p50_ns: 3303812
    p99_ns: 3309408
    p999_ns: 3309408
    max_ns: 3309408
    wcet_ns: 3971290
    curve:
      - {sms: 4, runs: 30, p50_ns: 3299742, p99_ns: 3309007, max_ns: 3309007, wcet_ns: 3970809, interference: 1.0809}
      - {sms: 8, runs: 30, p50_ns: 1815934, p99_ns: 1824987, max_ns: 1824987, wcet_ns: 2189985, interference: 1.0813}
      - {sms: 16, runs: 30, p50_ns: 1122250, p99_ns: 1131348, max_ns: 1131348, wcet_ns: 1357618}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2112315
    p50_ns: 2114828
    p99_ns: 2125452
    p999_ns: 2125452
    max_ns: 2125452
    wcet_ns: 2550543
    curve:
      - {sms: 4, runs: 30, p50_ns: 2111868, p99_ns: 2116951, max_ns: 2116951, wcet_ns: 2540342, interference: 1.0718}
      - {sms: 8, runs: 30, p50_ns: 1150409, p99_ns: 1159598, max_ns: 1159598, wcet_ns: 1391518, interference: 1.0546}
      - {sms: 16, runs: 30, p50_ns: 715523, p99_ns: 726009, max_ns: 726009, wcet_ns: 871211}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 5843792
    p50_ns: 5850786
    p99_ns: 5866807
    p999_ns: 5866807
    max_ns: 5866807
    wcet_ns: 7040169
    curve:
      - {sms: 4, runs: 30, p50_ns: 5844924, p99_ns: 5851936, max_ns: 5851936, wcet_ns: 7022324, interference: 1.0642}
      - {sms: 8, runs: 30, p50_ns: 3222760, p99_ns: 3226640, max_ns: 3226640, wcet_ns: 3871968, interference: 1.0564}
      - {sms: 16, runs: 30, p50_ns: 1971378, p99_ns: 1978736, max_ns: 1978736, wcet_ns: 2374484}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1389835
    p50_ns: 1394132
    p99_ns: 1408806
    p999_ns: 1408806
    max_ns: 1408806
    wcet_ns: 1690568
    curve:
      - {sms: 4, runs: 30, p50_ns: 1392800, p99_ns: 1402294, max_ns: 1402294, wcet_ns: 1682753, interference: 1.1779}
      - {sms: 8, runs: 30, p50_ns: 895002, p99_ns: 902461, max_ns: 902461, wcet_ns: 1082954, interference: 1.2098}
      - {sms: 16, runs: 30, p50_ns: 679823, p99_ns: 690530, max_ns: 690530, wcet_ns: 828636}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 6102164
    p50_ns: 6108017
    p99_ns: 6120725
    p999_ns: 6120725
    max_ns: 6120725
    wcet_ns: 7344870
    curve:
      - {sms: 4, runs: 30, p50_ns: 6104407, p99_ns: 6115788, max_ns: 6115788, wcet_ns: 7338946, interference: 1.037}
      - {sms: 8, runs: 30, p50_ns: 3344252, p99_ns: 3352925, max_ns: 3352925, wcet_ns: 4023510, interference: 1.0318}
      - {sms: 16, runs: 30, p50_ns: 2099450, p99_ns: 2127066, max_ns: 2127066, wcet_ns: 2552480}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5827675
    p50_ns: 5840154
    p99_ns: 5851193
    p999_ns: 5851193
    max_ns: 5851193
    wcet_ns: 7021432
    curve:
      - {sms: 4, runs: 30, p50_ns: 5836287, p99_ns: 5842397, max_ns: 5842397, wcet_ns: 7010877, interference: 1.0637}
      - {sms: 8, runs: 30, p50_ns: 3223210, p99_ns: 3231823, max_ns: 3231823, wcet_ns: 3878188, interference: 1.0581}
      - {sms: 16, runs: 30, p50_ns: 1973519, p99_ns: 1985979, max_ns: 1985979, wcet_ns: 2383175}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5824012
    p50_ns: 5840563
    p99_ns: 5854011
    p999_ns: 5854011
    max_ns: 5854011
    wcet_ns: 7024814
    curve:
      - {sms: 4, runs: 30, p50_ns: 5847082, p99_ns: 5877010, max_ns: 5877010, wcet_ns: 7052412, interference: 1.0584}
      - {sms: 8, runs: 30, p50_ns: 3223136, p99_ns: 3225616, max_ns: 3225616, wcet_ns: 3870740, interference: 1.0599}
      - {sms: 16, runs: 30, p50_ns: 1971031, p99_ns: 1978580, max_ns: 1978580, wcet_ns: 2374296}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 8203202
    p50_ns: 8219019
    p99_ns: 8223624
    p999_ns: 8223624
    max_ns: 8223624
    wcet_ns: 9868349
    curve:
      - {sms: 4, runs: 30, p50_ns: 8312413, p99_ns: 8333792, max_ns: 8333792, wcet_ns: 10000551, interference: 1.0507}
      - {sms: 8, runs: 30, p50_ns: 4612835, p99_ns: 4618637, max_ns: 4618637, wcet_ns: 5542365, interference: 1.0536}
      - {sms: 16, runs: 30, p50_ns: 2941093, p99_ns: 2952031, max_ns: 2952031, wcet_ns: 3542438}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 8206384
    p50_ns: 8220431
    p99_ns: 8224379
    p999_ns: 8224379
    max_ns: 8224379
    wcet_ns: 9869255
    curve:
      - {sms: 4, runs: 30, p50_ns: 8316981, p99_ns: 8332451, max_ns: 8332451, wcet_ns: 9998942, interference: 1.0501}
      - {sms: 8, runs: 30, p50_ns: 4612999, p99_ns: 4618052, max_ns: 4618052, wcet_ns: 5541663, interference: 1.052}
      - {sms: 16, runs: 30, p50_ns: 2944152, p99_ns: 2954188, max_ns: 2954188, wcet_ns: 3545026}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3288763
    p50_ns: 3291303
    p99_ns: 3295216
    p999_ns: 3295216
    max_ns: 3295216
    wcet_ns: 3954260
    curve:
      - {sms: 4, runs: 30, p50_ns: 3299892, p99_ns: 3308818, max_ns: 3308818, wcet_ns: 3970582, interference: 1.0817}
      - {sms: 8, runs: 30, p50_ns: 1816552, p99_ns: 1824959, max_ns: 1824959, wcet_ns: 2189951, interference: 1.081}
      - {sms: 16, runs: 30, p50_ns: 1122269, p99_ns: 1132222, max_ns: 1132222, wcet_ns: 1358667}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2100695
    p50_ns: 2104778
    p99_ns: 2116023
    p999_ns: 2116023
    max_ns: 2116023
    wcet_ns: 2539228
    curve:
      - {sms: 4, runs: 30, p50_ns: 2113888, p99_ns: 2120941, max_ns: 2120941, wcet_ns: 2545130, interference: 1.0672}
      - {sms: 8, runs: 30, p50_ns: 1151777, p99_ns: 1161975, max_ns: 1161975, wcet_ns: 1394370, interference: 1.0613}
      - {sms: 16, runs: 30, p50_ns: 715140, p99_ns: 726459, max_ns: 726459, wcet_ns: 871751}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5832801
    p50_ns: 5848048
    p99_ns: 5856828
    p999_ns: 5856828
    max_ns: 5856828
    wcet_ns: 7028194
    curve:
      - {sms: 4, runs: 30, p50_ns: 5837174, p99_ns: 5844913, max_ns: 5844913, wcet_ns: 7013896, interference: 1.0629}
      - {sms: 8, runs: 30, p50_ns: 3221367, p99_ns: 3223907, max_ns: 3223907, wcet_ns: 3868689, interference: 1.0602}
      - {sms: 16, runs: 30, p50_ns: 1977275, p99_ns: 1994100, max_ns: 1994100, wcet_ns: 2392920}
