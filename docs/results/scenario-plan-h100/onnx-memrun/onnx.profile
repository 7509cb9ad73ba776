# AegisRT WCET profile, written by 'aegisrt profile'; read by 'aegisrt admit|run
# --wcet-profile' (include/aegis/profile.h). Times in ns: execution = finish -
# start of each job run alone, back to back; wcet = ceil(max * margin);
# dispatch_overhead = start - release over every job.
# curve: the model alone on one lane of each size (lane_sizes); interference (where
# measured) = p99 with a memory-bound neighbour on another lane / p99 alone.
# device_memory: bytes outside the memory pool, measured as drops of free device
# memory; driver_fixed: the driver's share before any lane, what the jobs loaded
# and the CUDA graphs, in a first run of every model together (docs/MEMORY.md).
version: 3
workload: "examples/edge-24-onnx.yaml"
device: "cuda"
device_name: "NVIDIA H100 80GB HBM3"
device_profile: "orin-agx-8g"
lanes: 4
runs: 30
margin: 1.2
dispatch_overhead: {p50_ns: 562, p99_ns: 5867, max_ns: 16537}
device_memory: {driver_fixed: 57475072, per_lane_context: 5767168, per_lane_cudnn: 9437184, per_lane_cublas: 67633152, device_other: 503316480}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1375079
    p50_ns: 1378511
    p99_ns: 1392784
    p999_ns: 1392784
    max_ns: 1392784
    wcet_ns: 1671341
    curve:
      - {sms: 4, runs: 30, p50_ns: 1375294, p99_ns: 1388963, max_ns: 1388963, wcet_ns: 1666756}
      - {sms: 8, runs: 30, p50_ns: 902915, p99_ns: 1063394, max_ns: 1063394, wcet_ns: 1276073}
      - {sms: 16, runs: 30, p50_ns: 677047, p99_ns: 703537, max_ns: 703537, wcet_ns: 844245}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1374381
    p50_ns: 1376368
    p99_ns: 1393145
    p999_ns: 1393145
    max_ns: 1393145
    wcet_ns: 1671774
    curve:
      - {sms: 4, runs: 30, p50_ns: 1377086, p99_ns: 1400012, max_ns: 1400012, wcet_ns: 1680015}
      - {sms: 8, runs: 30, p50_ns: 908392, p99_ns: 919345, max_ns: 919345, wcet_ns: 1103214}
      - {sms: 16, runs: 30, p50_ns: 681526, p99_ns: 696064, max_ns: 696064, wcet_ns: 835277}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1374789
    p50_ns: 1376982
    p99_ns: 1398642
    p999_ns: 1398642
    max_ns: 1398642
    wcet_ns: 1678371
    curve:
      - {sms: 4, runs: 30, p50_ns: 1376179, p99_ns: 1545814, max_ns: 1545814, wcet_ns: 1854977}
      - {sms: 8, runs: 30, p50_ns: 903517, p99_ns: 912452, max_ns: 912452, wcet_ns: 1094943}
      - {sms: 16, runs: 30, p50_ns: 677229, p99_ns: 732220, max_ns: 732220, wcet_ns: 878664}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1380119
    p50_ns: 1386208
    p99_ns: 1402808
    p999_ns: 1402808
    max_ns: 1402808
    wcet_ns: 1683370
    curve:
      - {sms: 4, runs: 30, p50_ns: 1376562, p99_ns: 1401791, max_ns: 1401791, wcet_ns: 1682150}
      - {sms: 8, runs: 30, p50_ns: 908764, p99_ns: 920049, max_ns: 920049, wcet_ns: 1104059}
      - {sms: 16, runs: 30, p50_ns: 676501, p99_ns: 689297, max_ns: 689297, wcet_ns: 827157}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1373319
    p50_ns: 1376602
    p99_ns: 1389380
    p999_ns: 1389380
    max_ns: 1389380
    wcet_ns: 1667256
    curve:
      - {sms: 4, runs: 30, p50_ns: 1375480, p99_ns: 1389590, max_ns: 1389590, wcet_ns: 1667508}
      - {sms: 8, runs: 30, p50_ns: 907128, p99_ns: 918998, max_ns: 918998, wcet_ns: 1102798}
      - {sms: 16, runs: 30, p50_ns: 678969, p99_ns: 691026, max_ns: 691026, wcet_ns: 829232}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 2097478
    p50_ns: 2099566
    p99_ns: 2126208
    p999_ns: 2126208
    max_ns: 2126208
    wcet_ns: 2551450
    curve:
      - {sms: 4, runs: 30, p50_ns: 2109391, p99_ns: 2123831, max_ns: 2123831, wcet_ns: 2548598}
      - {sms: 8, runs: 30, p50_ns: 1153677, p99_ns: 1163544, max_ns: 1163544, wcet_ns: 1396253}
      - {sms: 16, runs: 30, p50_ns: 716588, p99_ns: 729305, max_ns: 729305, wcet_ns: 875166}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 3287093
    p50_ns: 3290847
    p99_ns: 3303121
    p999_ns: 3303121
    max_ns: 3303121
    wcet_ns: 3963746
    curve:
      - {sms: 4, runs: 30, p50_ns: 3288149, p99_ns: 3304911, max_ns: 3304911, wcet_ns: 3965894}
      - {sms: 8, runs: 30, p50_ns: 1817307, p99_ns: 1826221, max_ns: 1826221, wcet_ns: 2191466}
      - {sms: 16, runs: 30, p50_ns: 1117360, p99_ns: 1128511, max_ns: 1128511, wcet_ns: 1354214}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 6055774
    p50_ns: 6071402
    p99_ns: 6082775
    p999_ns: 6082775
    max_ns: 6082775
    wcet_ns: 7299330
    curve:
      - {sms: 4, runs: 30, p50_ns: 6062171, p99_ns: 6079664, max_ns: 6079664, wcet_ns: 7295597}
      - {sms: 8, runs: 30, p50_ns: 3334753, p99_ns: 3365435, max_ns: 3365435, wcet_ns: 4038522}
      - {sms: 16, runs: 30, p50_ns: 2090935, p99_ns: 2109224, max_ns: 2109224, wcet_ns: 2531069}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3273302
    p50_ns: 3275109
    p99_ns: 3286966
    p999_ns: 3286966
    max_ns: 3286966
    wcet_ns: 3944360
    curve:
      - {sms: 4, runs: 30, p50_ns: 3275614, p99_ns: 3288634, max_ns: 3288634, wcet_ns: 3946361}
      - {sms: 8, runs: 30, p50_ns: 1814173, p99_ns: 1839258, max_ns: 1839258, wcet_ns: 2207110}
      - {sms: 16, runs: 30, p50_ns: 1125168, p99_ns: 1143215, max_ns: 1143215, wcet_ns: 1371858}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3311554
    p50_ns: 3318836
    p99_ns: 3361241
    p999_ns: 3361241
    max_ns: 3361241
    wcet_ns: 4033490
    curve:
      - {sms: 4, runs: 30, p50_ns: 3303438, p99_ns: 3313796, max_ns: 3313796, wcet_ns: 3976556}
      - {sms: 8, runs: 30, p50_ns: 1842241, p99_ns: 1848497, max_ns: 1848497, wcet_ns: 2218197}
      - {sms: 16, runs: 30, p50_ns: 1133974, p99_ns: 1177770, max_ns: 1177770, wcet_ns: 1413324}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1383648
    p50_ns: 1394123
    p99_ns: 1404815
    p999_ns: 1404815
    max_ns: 1404815
    wcet_ns: 1685778
    curve:
      - {sms: 4, runs: 30, p50_ns: 1393587, p99_ns: 1405347, max_ns: 1405347, wcet_ns: 1686417}
      - {sms: 8, runs: 30, p50_ns: 913583, p99_ns: 923022, max_ns: 923022, wcet_ns: 1107627}
      - {sms: 16, runs: 30, p50_ns: 680184, p99_ns: 692275, max_ns: 692275, wcet_ns: 830730}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3301096
    p50_ns: 3303671
    p99_ns: 3323304
    p999_ns: 3323304
    max_ns: 3323304
    wcet_ns: 3987965
    curve:
      - {sms: 4, runs: 30, p50_ns: 3301984, p99_ns: 3320702, max_ns: 3320702, wcet_ns: 3984843}
      - {sms: 8, runs: 30, p50_ns: 1827627, p99_ns: 1838404, max_ns: 1838404, wcet_ns: 2206085}
      - {sms: 16, runs: 30, p50_ns: 1120097, p99_ns: 1131527, max_ns: 1131527, wcet_ns: 1357833}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3301475
    p50_ns: 3303724
    p99_ns: 3315521
    p999_ns: 3315521
    max_ns: 3315521
    wcet_ns: 3978626
    curve:
      - {sms: 4, runs: 30, p50_ns: 3302272, p99_ns: 3320327, max_ns: 3320327, wcet_ns: 3984393}
      - {sms: 8, runs: 30, p50_ns: 1827665, p99_ns: 1852348, max_ns: 1852348, wcet_ns: 2222818}
      - {sms: 16, runs: 30, p50_ns: 1120685, p99_ns: 1129362, max_ns: 1129362, wcet_ns: 1355235}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2111035
    p50_ns: 2112948
    p99_ns: 2125649
    p999_ns: 2125649
    max_ns: 2125649
    wcet_ns: 2550779
    curve:
      - {sms: 4, runs: 30, p50_ns: 2111117, p99_ns: 2123032, max_ns: 2123032, wcet_ns: 2547639}
      - {sms: 8, runs: 30, p50_ns: 1161370, p99_ns: 1173807, max_ns: 1173807, wcet_ns: 1408569}
      - {sms: 16, runs: 30, p50_ns: 716616, p99_ns: 726958, max_ns: 726958, wcet_ns: 872350}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 5832171
    p50_ns: 5836532
    p99_ns: 5859694
    p999_ns: 5859694
    max_ns: 5859694
    wcet_ns: 7031633
    curve:
      - {sms: 4, runs: 30, p50_ns: 5848510, p99_ns: 5862852, max_ns: 5862852, wcet_ns: 7035423}
      - {sms: 8, runs: 30, p50_ns: 3246237, p99_ns: 3262216, max_ns: 3262216, wcet_ns: 3914660}
      - {sms: 16, runs: 30, p50_ns: 1950008, p99_ns: 1959275, max_ns: 1959275, wcet_ns: 2351130}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1383878
    p50_ns: 1385242
    p99_ns: 1401831
    p999_ns: 1401831
    max_ns: 1401831
    wcet_ns: 1682198
    curve:
      - {sms: 4, runs: 30, p50_ns: 1384079, p99_ns: 1400368, max_ns: 1400368, wcet_ns: 1680442}
      - {sms: 8, runs: 30, p50_ns: 907789, p99_ns: 918048, max_ns: 918048, wcet_ns: 1101658}
      - {sms: 16, runs: 30, p50_ns: 680921, p99_ns: 692483, max_ns: 692483, wcet_ns: 830980}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 6099647
    p50_ns: 6106115
    p99_ns: 6121952
    p999_ns: 6121952
    max_ns: 6121952
    wcet_ns: 7346343
    curve:
      - {sms: 4, runs: 30, p50_ns: 6102841, p99_ns: 6118999, max_ns: 6118999, wcet_ns: 7342799}
      - {sms: 8, runs: 30, p50_ns: 3364781, p99_ns: 3380959, max_ns: 3380959, wcet_ns: 4057151}
      - {sms: 16, runs: 30, p50_ns: 2110652, p99_ns: 2121155, max_ns: 2121155, wcet_ns: 2545386}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5847437
    p50_ns: 5866782
    p99_ns: 5887447
    p999_ns: 5887447
    max_ns: 5887447
    wcet_ns: 7064937
    curve:
      - {sms: 4, runs: 30, p50_ns: 5853741, p99_ns: 5868965, max_ns: 5868965, wcet_ns: 7042758}
      - {sms: 8, runs: 30, p50_ns: 3258369, p99_ns: 3271147, max_ns: 3271147, wcet_ns: 3925377}
      - {sms: 16, runs: 30, p50_ns: 1955825, p99_ns: 1969064, max_ns: 1969064, wcet_ns: 2362877}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5828147
    p50_ns: 5833761
    p99_ns: 5856826
    p999_ns: 5856826
    max_ns: 5856826
    wcet_ns: 7028192
    curve:
      - {sms: 4, runs: 30, p50_ns: 5836840, p99_ns: 5849421, max_ns: 5849421, wcet_ns: 7019306}
      - {sms: 8, runs: 30, p50_ns: 3248029, p99_ns: 3262926, max_ns: 3262926, wcet_ns: 3915512}
      - {sms: 16, runs: 30, p50_ns: 1954186, p99_ns: 1966145, max_ns: 1966145, wcet_ns: 2359374}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 8273440
    p50_ns: 8279317
    p99_ns: 8289025
    p999_ns: 8289025
    max_ns: 8289025
    wcet_ns: 9946830
    curve:
      - {sms: 4, runs: 30, p50_ns: 8320754, p99_ns: 8333362, max_ns: 8333362, wcet_ns: 10000035}
      - {sms: 8, runs: 30, p50_ns: 4642699, p99_ns: 4653728, max_ns: 4653728, wcet_ns: 5584474}
      - {sms: 16, runs: 30, p50_ns: 2953272, p99_ns: 2999119, max_ns: 2999119, wcet_ns: 3598943}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 8277538
    p50_ns: 8324134
    p99_ns: 8337540
    p999_ns: 8337540
    max_ns: 8337540
    wcet_ns: 10005048
    curve:
      - {sms: 4, runs: 30, p50_ns: 8321212, p99_ns: 8335993, max_ns: 8335993, wcet_ns: 10003192}
      - {sms: 8, runs: 30, p50_ns: 4640916, p99_ns: 4652504, max_ns: 4652504, wcet_ns: 5583005}
      - {sms: 16, runs: 30, p50_ns: 2954387, p99_ns: 2968289, max_ns: 2968289, wcet_ns: 3561947}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3305791
    p50_ns: 3316733
    p99_ns: 3338243
    p999_ns: 3338243
    max_ns: 3338243
    wcet_ns: 4005892
    curve:
      - {sms: 4, runs: 30, p50_ns: 3307005, p99_ns: 3329843, max_ns: 3329843, wcet_ns: 3995812}
      - {sms: 8, runs: 30, p50_ns: 1834564, p99_ns: 1846221, max_ns: 1846221, wcet_ns: 2215466}
      - {sms: 16, runs: 30, p50_ns: 1127018, p99_ns: 1141063, max_ns: 1141063, wcet_ns: 1369276}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2116900
    p50_ns: 2119715
    p99_ns: 2159875
    p999_ns: 2159875
    max_ns: 2159875
    wcet_ns: 2591850
    curve:
      - {sms: 4, runs: 30, p50_ns: 2118474, p99_ns: 2130927, max_ns: 2130927, wcet_ns: 2557113}
      - {sms: 8, runs: 30, p50_ns: 1168567, p99_ns: 1180131, max_ns: 1180131, wcet_ns: 1416158}
      - {sms: 16, runs: 30, p50_ns: 721248, p99_ns: 733050, max_ns: 733050, wcet_ns: 879660}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5844134
    p50_ns: 5849139
    p99_ns: 6461034
    p999_ns: 6461034
    max_ns: 6461034
    wcet_ns: 7753241
    curve:
      - {sms: 4, runs: 30, p50_ns: 5843035, p99_ns: 5854369, max_ns: 5854369, wcet_ns: 7025243}
      - {sms: 8, runs: 30, p50_ns: 3255058, p99_ns: 3265912, max_ns: 3265912, wcet_ns: 3919095}
      - {sms: 16, runs: 30, p50_ns: 1963525, p99_ns: 1976435, max_ns: 1976435, wcet_ns: 2371722}
