# AegisRT WCET profile, written by 'aegisrt profile'; read by 'aegisrt admit|run
# --wcet-profile' (include/aegis/profile.h). Times in ns: execution = finish -
# start of each job run alone, back to back; wcet = ceil(max * margin);
# dispatch_overhead = start - release over every job.
# curve: the model alone on one lane of each size (lane_sizes); interference (where
# measured) = p99 with a memory-bound neighbour on another lane / p99 alone.
# device_memory: bytes outside the memory pool, measured as drops of free device
# memory (docs/MEMORY.md).
version: 3
workload: "examples/edge-24-onnx.yaml"
device: "cuda"
device_name: "NVIDIA H100 80GB HBM3"
device_profile: "orin-agx-8g"
lanes: 4
runs: 30
margin: 1.2
dispatch_overhead: {p50_ns: 1299, p99_ns: 5669, max_ns: 6098}
device_memory: {driver_fixed: 1246560256, per_lane_context: 5767168, per_lane_cudnn: 12582912, per_lane_cublas: 69206016}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1358520
    p50_ns: 1360797
    p99_ns: 1394683
    p999_ns: 1394683
    max_ns: 1394683
    wcet_ns: 1673620
    curve:
      - {sms: 4, runs: 30, p50_ns: 1376072, p99_ns: 1389579, max_ns: 1389579, wcet_ns: 1667495}
      - {sms: 8, runs: 30, p50_ns: 887149, p99_ns: 895772, max_ns: 895772, wcet_ns: 1074927}
      - {sms: 16, runs: 30, p50_ns: 675113, p99_ns: 686981, max_ns: 686981, wcet_ns: 824378}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1349399
    p50_ns: 1350936
    p99_ns: 1366888
    p999_ns: 1366888
    max_ns: 1366888
    wcet_ns: 1640266
    curve:
      - {sms: 4, runs: 30, p50_ns: 1375914, p99_ns: 1389838, max_ns: 1389838, wcet_ns: 1667806}
      - {sms: 8, runs: 30, p50_ns: 886868, p99_ns: 913547, max_ns: 913547, wcet_ns: 1096257}
      - {sms: 16, runs: 30, p50_ns: 675145, p99_ns: 685543, max_ns: 685543, wcet_ns: 822652}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1349632
    p50_ns: 1350933
    p99_ns: 1361674
    p999_ns: 1361674
    max_ns: 1361674
    wcet_ns: 1634009
    curve:
      - {sms: 4, runs: 30, p50_ns: 1375600, p99_ns: 1392005, max_ns: 1392005, wcet_ns: 1670406}
      - {sms: 8, runs: 30, p50_ns: 886751, p99_ns: 895894, max_ns: 895894, wcet_ns: 1075073}
      - {sms: 16, runs: 30, p50_ns: 674529, p99_ns: 685791, max_ns: 685791, wcet_ns: 822950}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1350071
    p50_ns: 1354946
    p99_ns: 1362328
    p999_ns: 1362328
    max_ns: 1362328
    wcet_ns: 1634794
    curve:
      - {sms: 4, runs: 30, p50_ns: 1376196, p99_ns: 1389439, max_ns: 1389439, wcet_ns: 1667327}
      - {sms: 8, runs: 30, p50_ns: 888669, p99_ns: 901023, max_ns: 901023, wcet_ns: 1081228}
      - {sms: 16, runs: 30, p50_ns: 676879, p99_ns: 702529, max_ns: 702529, wcet_ns: 843035}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1348464
    p50_ns: 1350727
    p99_ns: 1358851
    p999_ns: 1358851
    max_ns: 1358851
    wcet_ns: 1630622
    curve:
      - {sms: 4, runs: 30, p50_ns: 1376118, p99_ns: 1411676, max_ns: 1411676, wcet_ns: 1694012}
      - {sms: 8, runs: 30, p50_ns: 889098, p99_ns: 904207, max_ns: 904207, wcet_ns: 1085049}
      - {sms: 16, runs: 30, p50_ns: 674473, p99_ns: 685264, max_ns: 685264, wcet_ns: 822317}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 2078561
    p50_ns: 2084803
    p99_ns: 2091330
    p999_ns: 2091330
    max_ns: 2091330
    wcet_ns: 2509596
    curve:
      - {sms: 4, runs: 30, p50_ns: 2115920, p99_ns: 2126984, max_ns: 2126984, wcet_ns: 2552381}
      - {sms: 8, runs: 30, p50_ns: 1142341, p99_ns: 1149593, max_ns: 1149593, wcet_ns: 1379512}
      - {sms: 16, runs: 30, p50_ns: 711220, p99_ns: 723550, max_ns: 723550, wcet_ns: 868260}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 3248364
    p50_ns: 3251599
    p99_ns: 3261200
    p999_ns: 3261200
    max_ns: 3261200
    wcet_ns: 3913440
    curve:
      - {sms: 4, runs: 30, p50_ns: 3287862, p99_ns: 3306476, max_ns: 3306476, wcet_ns: 3967772}
      - {sms: 8, runs: 30, p50_ns: 1803673, p99_ns: 1812183, max_ns: 1812183, wcet_ns: 2174620}
      - {sms: 16, runs: 30, p50_ns: 1113733, p99_ns: 1120991, max_ns: 1120991, wcet_ns: 1345190}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 6062619
    p50_ns: 6066800
    p99_ns: 6085796
    p999_ns: 6085796
    max_ns: 6085796
    wcet_ns: 7302956
    curve:
      - {sms: 4, runs: 30, p50_ns: 6066219, p99_ns: 6075524, max_ns: 6075524, wcet_ns: 7290629}
      - {sms: 8, runs: 30, p50_ns: 3341168, p99_ns: 3354118, max_ns: 3354118, wcet_ns: 4024942}
      - {sms: 16, runs: 30, p50_ns: 2085118, p99_ns: 2094203, max_ns: 2094203, wcet_ns: 2513044}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3277265
    p50_ns: 3279896
    p99_ns: 3292826
    p999_ns: 3292826
    max_ns: 3292826
    wcet_ns: 3951392
    curve:
      - {sms: 4, runs: 30, p50_ns: 3296470, p99_ns: 3307058, max_ns: 3307058, wcet_ns: 3968470}
      - {sms: 8, runs: 30, p50_ns: 1806292, p99_ns: 1815488, max_ns: 1815488, wcet_ns: 2178586}
      - {sms: 16, runs: 30, p50_ns: 1113074, p99_ns: 1123362, max_ns: 1123362, wcet_ns: 1348035}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3277047
    p50_ns: 3279398
    p99_ns: 3289855
    p999_ns: 3289855
    max_ns: 3289855
    wcet_ns: 3947826
    curve:
      - {sms: 4, runs: 30, p50_ns: 3280262, p99_ns: 3291784, max_ns: 3291784, wcet_ns: 3950141}
      - {sms: 8, runs: 30, p50_ns: 1801051, p99_ns: 1813724, max_ns: 1813724, wcet_ns: 2176469}
      - {sms: 16, runs: 30, p50_ns: 1113031, p99_ns: 1124936, max_ns: 1124936, wcet_ns: 1349924}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1378305
    p50_ns: 1386290
    p99_ns: 1399687
    p999_ns: 1399687
    max_ns: 1399687
    wcet_ns: 1679625
    curve:
      - {sms: 4, runs: 30, p50_ns: 1385290, p99_ns: 1402278, max_ns: 1402278, wcet_ns: 1682734}
      - {sms: 8, runs: 30, p50_ns: 895891, p99_ns: 921488, max_ns: 921488, wcet_ns: 1105786}
      - {sms: 16, runs: 30, p50_ns: 680594, p99_ns: 695302, max_ns: 695302, wcet_ns: 834363}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3298866
    p50_ns: 3301486
    p99_ns: 3317482
    p999_ns: 3317482
    max_ns: 3317482
    wcet_ns: 3980979
    curve:
      - {sms: 4, runs: 30, p50_ns: 3302687, p99_ns: 3325006, max_ns: 3325006, wcet_ns: 3990008}
      - {sms: 8, runs: 30, p50_ns: 1820468, p99_ns: 1836783, max_ns: 1836783, wcet_ns: 2204140}
      - {sms: 16, runs: 30, p50_ns: 1116516, p99_ns: 1135159, max_ns: 1135159, wcet_ns: 1362191}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3298312
    p50_ns: 3301993
    p99_ns: 3314199
    p999_ns: 3314199
    max_ns: 3314199
    wcet_ns: 3977039
    curve:
      - {sms: 4, runs: 30, p50_ns: 3300412, p99_ns: 3318413, max_ns: 3318413, wcet_ns: 3982096}
      - {sms: 8, runs: 30, p50_ns: 1818135, p99_ns: 1839985, max_ns: 1839985, wcet_ns: 2207982}
      - {sms: 16, runs: 30, p50_ns: 1125712, p99_ns: 1150175, max_ns: 1150175, wcet_ns: 1380210}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2107491
    p50_ns: 2115666
    p99_ns: 2133791
    p999_ns: 2133791
    max_ns: 2133791
    wcet_ns: 2560550
    curve:
      - {sms: 4, runs: 30, p50_ns: 2116908, p99_ns: 2128957, max_ns: 2128957, wcet_ns: 2554749}
      - {sms: 8, runs: 30, p50_ns: 1153547, p99_ns: 1182601, max_ns: 1182601, wcet_ns: 1419122}
      - {sms: 16, runs: 30, p50_ns: 721536, p99_ns: 733117, max_ns: 733117, wcet_ns: 879741}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 5805820
    p50_ns: 5818571
    p99_ns: 5837501
    p999_ns: 5837501
    max_ns: 5837501
    wcet_ns: 7005002
    curve:
      - {sms: 4, runs: 30, p50_ns: 5826540, p99_ns: 5837071, max_ns: 5837071, wcet_ns: 7004486}
      - {sms: 8, runs: 30, p50_ns: 3203912, p99_ns: 3210191, max_ns: 3210191, wcet_ns: 3852230}
      - {sms: 16, runs: 30, p50_ns: 1943680, p99_ns: 1963826, max_ns: 1963826, wcet_ns: 2356592}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1380388
    p50_ns: 1385089
    p99_ns: 1407746
    p999_ns: 1407746
    max_ns: 1407746
    wcet_ns: 1689296
    curve:
      - {sms: 4, runs: 30, p50_ns: 1381482, p99_ns: 1415411, max_ns: 1415411, wcet_ns: 1698494}
      - {sms: 8, runs: 30, p50_ns: 889756, p99_ns: 901789, max_ns: 901789, wcet_ns: 1082147}
      - {sms: 16, runs: 30, p50_ns: 677084, p99_ns: 691874, max_ns: 691874, wcet_ns: 830249}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 6055004
    p50_ns: 6076742
    p99_ns: 6093102
    p999_ns: 6093102
    max_ns: 6093102
    wcet_ns: 7311723
    curve:
      - {sms: 4, runs: 30, p50_ns: 6078784, p99_ns: 6089798, max_ns: 6089798, wcet_ns: 7307758}
      - {sms: 8, runs: 30, p50_ns: 3358988, p99_ns: 3375301, max_ns: 3375301, wcet_ns: 4050362}
      - {sms: 16, runs: 30, p50_ns: 2102096, p99_ns: 2114755, max_ns: 2114755, wcet_ns: 2537706}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5805987
    p50_ns: 5817552
    p99_ns: 5828332
    p999_ns: 5828332
    max_ns: 5828332
    wcet_ns: 6993999
    curve:
      - {sms: 4, runs: 30, p50_ns: 5828946, p99_ns: 5853271, max_ns: 5853271, wcet_ns: 7023926}
      - {sms: 8, runs: 30, p50_ns: 3205677, p99_ns: 3216507, max_ns: 3216507, wcet_ns: 3859809}
      - {sms: 16, runs: 30, p50_ns: 1948229, p99_ns: 1956445, max_ns: 1956445, wcet_ns: 2347734}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5798691
    p50_ns: 5817635
    p99_ns: 5828928
    p999_ns: 5828928
    max_ns: 5828928
    wcet_ns: 6994714
    curve:
      - {sms: 4, runs: 30, p50_ns: 5829264, p99_ns: 5845123, max_ns: 5845123, wcet_ns: 7014148}
      - {sms: 8, runs: 30, p50_ns: 3214743, p99_ns: 3228518, max_ns: 3228518, wcet_ns: 3874222}
      - {sms: 16, runs: 30, p50_ns: 1967963, p99_ns: 1984769, max_ns: 1984769, wcet_ns: 2381723}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 8162340
    p50_ns: 8190311
    p99_ns: 8237143
    p999_ns: 8237143
    max_ns: 8237143
    wcet_ns: 9884572
    curve:
      - {sms: 4, runs: 30, p50_ns: 8284257, p99_ns: 8302611, max_ns: 8302611, wcet_ns: 9963134}
      - {sms: 8, runs: 30, p50_ns: 4600069, p99_ns: 4615544, max_ns: 4615544, wcet_ns: 5538653}
      - {sms: 16, runs: 30, p50_ns: 2946080, p99_ns: 2953680, max_ns: 2953680, wcet_ns: 3544416}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 8159084
    p50_ns: 8192959
    p99_ns: 8201046
    p999_ns: 8201046
    max_ns: 8201046
    wcet_ns: 9841256
    curve:
      - {sms: 4, runs: 30, p50_ns: 8290220, p99_ns: 8313172, max_ns: 8313172, wcet_ns: 9975807}
      - {sms: 8, runs: 30, p50_ns: 4595382, p99_ns: 4599167, max_ns: 4599167, wcet_ns: 5519001}
      - {sms: 16, runs: 30, p50_ns: 2940677, p99_ns: 2945947, max_ns: 2945947, wcet_ns: 3535137}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3274400
    p50_ns: 3278932
    p99_ns: 3294124
    p999_ns: 3294124
    max_ns: 3294124
    wcet_ns: 3952949
    curve:
      - {sms: 4, runs: 30, p50_ns: 3289496, p99_ns: 3300912, max_ns: 3300912, wcet_ns: 3961095}
      - {sms: 8, runs: 30, p50_ns: 1809536, p99_ns: 1818082, max_ns: 1818082, wcet_ns: 2181699}
      - {sms: 16, runs: 30, p50_ns: 1120281, p99_ns: 1127766, max_ns: 1127766, wcet_ns: 1353320}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2102469
    p50_ns: 2104231
    p99_ns: 2119630
    p999_ns: 2119630
    max_ns: 2119630
    wcet_ns: 2543556
    curve:
      - {sms: 4, runs: 30, p50_ns: 2116589, p99_ns: 2151229, max_ns: 2151229, wcet_ns: 2581475}
      - {sms: 8, runs: 30, p50_ns: 1155148, p99_ns: 1180783, max_ns: 1180783, wcet_ns: 1416940}
      - {sms: 16, runs: 30, p50_ns: 721104, p99_ns: 733977, max_ns: 733977, wcet_ns: 880773}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5795701
    p50_ns: 5815520
    p99_ns: 5844489
    p999_ns: 5844489
    max_ns: 5844489
    wcet_ns: 7013387
    curve:
      - {sms: 4, runs: 30, p50_ns: 5824777, p99_ns: 5841588, max_ns: 5841588, wcet_ns: 7009906}
      - {sms: 8, runs: 30, p50_ns: 3213510, p99_ns: 3230143, max_ns: 3230143, wcet_ns: 3876172}
      - {sms: 16, runs: 30, p50_ns: 1955204, p99_ns: 1967819, max_ns: 1967819, wcet_ns: 2361383}
