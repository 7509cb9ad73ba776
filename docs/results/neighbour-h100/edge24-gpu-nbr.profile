# AegisRT WCET profile, written by 'aegisrt profile'; read by 'aegisrt admit|run
# --wcet-profile' (include/aegis/profile.h). Times in ns: execution = finish -
# start of each job run alone, back to back; wcet = ceil(max * margin);
# dispatch_overhead = start - release over every job.
# curve: the model alone on one lane of each size (lane_sizes); interference (where
# measured) = p99 with a memory-bound neighbour on another lane / p99 alone.
version: 2
workload: "examples/edge-24-gpu.yaml"
device: "cuda"
device_name: "NVIDIA H100 80GB HBM3"
device_profile: "orin-agx-8g"
lanes: 4
runs: 200
margin: 1.2
dispatch_overhead: {p50_ns: 588, p99_ns: 1887, max_ns: 14721}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 200
    min_ns: 1015945
    p50_ns: 1028202
    p99_ns: 1054499
    p999_ns: 1107040
    max_ns: 1107040
    wcet_ns: 1328448
    curve:
      - {sms: 4, runs: 200, p50_ns: 1026526, p99_ns: 1053793, max_ns: 1060371, wcet_ns: 1272446, interference: 1.0029}
      - {sms: 8, runs: 200, p50_ns: 1022838, p99_ns: 1038277, max_ns: 1047050, wcet_ns: 1256460, interference: 1.0408}
      - {sms: 16, runs: 200, p50_ns: 1019878, p99_ns: 1036149, max_ns: 1075705, wcet_ns: 1290846}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 200
    min_ns: 1512719
    p50_ns: 1522096
    p99_ns: 1548678
    p999_ns: 1554251
    max_ns: 1554251
    wcet_ns: 1865102
    curve:
      - {sms: 4, runs: 200, p50_ns: 1519772, p99_ns: 1542101, max_ns: 1563069, wcet_ns: 1875683, interference: 1.0076}
      - {sms: 8, runs: 200, p50_ns: 1522348, p99_ns: 1555773, max_ns: 1556327, wcet_ns: 1867593, interference: 1.0329}
      - {sms: 16, runs: 200, p50_ns: 1518654, p99_ns: 1535564, max_ns: 1536542, wcet_ns: 1843851}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 200
    min_ns: 918738
    p50_ns: 925343
    p99_ns: 940584
    p999_ns: 946788
    max_ns: 946788
    wcet_ns: 1136146
    curve:
      - {sms: 4, runs: 200, p50_ns: 923667, p99_ns: 942642, max_ns: 959205, wcet_ns: 1151046, interference: 1.0069}
      - {sms: 8, runs: 200, p50_ns: 921818, p99_ns: 938622, max_ns: 943340, wcet_ns: 1132008, interference: 1.0171}
      - {sms: 16, runs: 200, p50_ns: 923737, p99_ns: 940337, max_ns: 953535, wcet_ns: 1144242}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 200
    min_ns: 667818
    p50_ns: 672495
    p99_ns: 688188
    p999_ns: 695785
    max_ns: 695785
    wcet_ns: 834942
    curve:
      - {sms: 4, runs: 200, p50_ns: 675116, p99_ns: 688841, max_ns: 699537, wcet_ns: 839445, interference: 1.0086}
      - {sms: 8, runs: 200, p50_ns: 673199, p99_ns: 692143, max_ns: 704081, wcet_ns: 844898, interference: 1.0121}
      - {sms: 16, runs: 200, p50_ns: 667572, p99_ns: 696879, max_ns: 697583, wcet_ns: 837100}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 200
    min_ns: 2226788
    p50_ns: 2238157
    p99_ns: 2276897
    p999_ns: 2305848
    max_ns: 2305848
    wcet_ns: 2767018
    curve:
      - {sms: 4, runs: 200, p50_ns: 2236959, p99_ns: 2258428, max_ns: 2275376, wcet_ns: 2730452, interference: 1.0125}
      - {sms: 8, runs: 200, p50_ns: 2238263, p99_ns: 2264860, max_ns: 2271114, wcet_ns: 2725337, interference: 1.002}
      - {sms: 16, runs: 200, p50_ns: 2230365, p99_ns: 2260828, max_ns: 2261492, wcet_ns: 2713791}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 200
    min_ns: 1810558
    p50_ns: 1816532
    p99_ns: 1846145
    p999_ns: 1860817
    max_ns: 1860817
    wcet_ns: 2232981
    curve:
      - {sms: 4, runs: 200, p50_ns: 1824281, p99_ns: 1843152, max_ns: 1848028, wcet_ns: 2217634, interference: 1.0394}
      - {sms: 8, runs: 200, p50_ns: 1821202, p99_ns: 1837133, max_ns: 1842866, wcet_ns: 2211440, interference: 1.0607}
      - {sms: 16, runs: 200, p50_ns: 1805884, p99_ns: 1832834, max_ns: 1851648, wcet_ns: 2221978}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 200
    min_ns: 2516836
    p50_ns: 2531994
    p99_ns: 2556856
    p999_ns: 2571873
    max_ns: 2571873
    wcet_ns: 3086248
    curve:
      - {sms: 4, runs: 200, p50_ns: 2532079, p99_ns: 2565310, max_ns: 2578447, wcet_ns: 3094137, interference: 1.0241}
      - {sms: 8, runs: 200, p50_ns: 2536211, p99_ns: 2565474, max_ns: 2601368, wcet_ns: 3121642, interference: 1.01}
      - {sms: 16, runs: 200, p50_ns: 2542157, p99_ns: 2563141, max_ns: 2620662, wcet_ns: 3144795}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 200
    min_ns: 6016902
    p50_ns: 6044069
    p99_ns: 6075599
    p999_ns: 6085137
    max_ns: 6085137
    wcet_ns: 7302165
    curve:
      - {sms: 4, runs: 200, p50_ns: 6059865, p99_ns: 6086945, max_ns: 6097016, wcet_ns: 7316420, interference: 1.0075}
      - {sms: 8, runs: 200, p50_ns: 6023555, p99_ns: 6074913, max_ns: 6082790, wcet_ns: 7299348, interference: 1.0}
      - {sms: 16, runs: 200, p50_ns: 6028766, p99_ns: 6121501, max_ns: 6122628, wcet_ns: 7347154}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 200
    min_ns: 4517526
    p50_ns: 4524650
    p99_ns: 4575175
    p999_ns: 4589285
    max_ns: 4589285
    wcet_ns: 5507142
    curve:
      - {sms: 4, runs: 200, p50_ns: 4527578, p99_ns: 4572696, max_ns: 4579691, wcet_ns: 5495630, interference: 1.012}
      - {sms: 8, runs: 200, p50_ns: 4528358, p99_ns: 4553729, max_ns: 4561326, wcet_ns: 5473592, interference: 1.0027}
      - {sms: 16, runs: 200, p50_ns: 4537853, p99_ns: 4576156, max_ns: 4584629, wcet_ns: 5501555}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 200
    min_ns: 3510674
    p50_ns: 3518820
    p99_ns: 3571749
    p999_ns: 3581288
    max_ns: 3581288
    wcet_ns: 4297546
    curve:
      - {sms: 4, runs: 200, p50_ns: 3534733, p99_ns: 3571040, max_ns: 3575888, wcet_ns: 4291066, interference: 1.0141}
      - {sms: 8, runs: 200, p50_ns: 3540617, p99_ns: 3580682, max_ns: 3682008, wcet_ns: 4418410, interference: 1.0}
      - {sms: 16, runs: 200, p50_ns: 3532934, p99_ns: 3566251, max_ns: 3586887, wcet_ns: 4304265}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 200
    min_ns: 1515313
    p50_ns: 1521860
    p99_ns: 1560894
    p999_ns: 1613586
    max_ns: 1613586
    wcet_ns: 1936304
    curve:
      - {sms: 4, runs: 200, p50_ns: 1524151, p99_ns: 1559596, max_ns: 1570037, wcet_ns: 1884045, interference: 1.008}
      - {sms: 8, runs: 200, p50_ns: 1523552, p99_ns: 1568587, max_ns: 1596513, wcet_ns: 1915816, interference: 1.0402}
      - {sms: 16, runs: 200, p50_ns: 1522170, p99_ns: 1562649, max_ns: 1575263, wcet_ns: 1890316}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 200
    min_ns: 3521450
    p50_ns: 3537039
    p99_ns: 3573062
    p999_ns: 3595934
    max_ns: 3595934
    wcet_ns: 4315121
    curve:
      - {sms: 4, runs: 200, p50_ns: 3531950, p99_ns: 3571705, max_ns: 3579222, wcet_ns: 4295067, interference: 1.0114}
      - {sms: 8, runs: 200, p50_ns: 3529284, p99_ns: 3560961, max_ns: 3656291, wcet_ns: 4387550, interference: 1.0}
      - {sms: 16, runs: 200, p50_ns: 3532393, p99_ns: 3590412, max_ns: 3592662, wcet_ns: 4311195}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 200
    min_ns: 3520718
    p50_ns: 3531363
    p99_ns: 3541460
    p999_ns: 3543015
    max_ns: 3543015
    wcet_ns: 4251618
    curve:
      - {sms: 4, runs: 200, p50_ns: 3527977, p99_ns: 3548578, max_ns: 3572652, wcet_ns: 4287183, interference: 1.0104}
      - {sms: 8, runs: 200, p50_ns: 3531146, p99_ns: 3587257, max_ns: 3596342, wcet_ns: 4315611, interference: 1.0}
      - {sms: 16, runs: 200, p50_ns: 3529837, p99_ns: 3548227, max_ns: 4489669, wcet_ns: 5387603}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 200
    min_ns: 3019198
    p50_ns: 3025450
    p99_ns: 3065196
    p999_ns: 3074265
    max_ns: 3074265
    wcet_ns: 3689118
    curve:
      - {sms: 4, runs: 200, p50_ns: 3036630, p99_ns: 3064035, max_ns: 3072406, wcet_ns: 3686888, interference: 1.0231}
      - {sms: 8, runs: 200, p50_ns: 3029081, p99_ns: 3045644, max_ns: 3050654, wcet_ns: 3660785, interference: 1.029}
      - {sms: 16, runs: 200, p50_ns: 3027222, p99_ns: 3062191, max_ns: 3066872, wcet_ns: 3680247}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 200
    min_ns: 4021211
    p50_ns: 4027264
    p99_ns: 4062875
    p999_ns: 4085750
    max_ns: 4085750
    wcet_ns: 4902900
    curve:
      - {sms: 4, runs: 200, p50_ns: 4028505, p99_ns: 4091473, max_ns: 4157674, wcet_ns: 4989209, interference: 1.0137}
      - {sms: 8, runs: 200, p50_ns: 4026567, p99_ns: 4045702, max_ns: 4046623, wcet_ns: 4855948, interference: 1.0067}
      - {sms: 16, runs: 200, p50_ns: 4030441, p99_ns: 4043862, max_ns: 4061613, wcet_ns: 4873936}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 200
    min_ns: 2518567
    p50_ns: 2532073
    p99_ns: 2551069
    p999_ns: 2554553
    max_ns: 2554553
    wcet_ns: 3065464
    curve:
      - {sms: 4, runs: 200, p50_ns: 2531256, p99_ns: 2553749, max_ns: 2567097, wcet_ns: 3080517, interference: 1.0235}
      - {sms: 8, runs: 200, p50_ns: 2532310, p99_ns: 2552257, max_ns: 2575550, wcet_ns: 3090660, interference: 1.0609}
      - {sms: 16, runs: 200, p50_ns: 2522134, p99_ns: 2549496, max_ns: 2562344, wcet_ns: 3074813}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 200
    min_ns: 6016837
    p50_ns: 6046111
    p99_ns: 6070984
    p999_ns: 6071466
    max_ns: 6071466
    wcet_ns: 7285760
    curve:
      - {sms: 4, runs: 200, p50_ns: 6054802, p99_ns: 6082860, max_ns: 6140076, wcet_ns: 7368092, interference: 1.0134}
      - {sms: 8, runs: 200, p50_ns: 6043956, p99_ns: 6072272, max_ns: 6099286, wcet_ns: 7319144, interference: 1.0183}
      - {sms: 16, runs: 200, p50_ns: 6049226, p99_ns: 6092293, max_ns: 6095558, wcet_ns: 7314670}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 200
    min_ns: 10008276
    p50_ns: 10064329
    p99_ns: 10090779
    p999_ns: 10102818
    max_ns: 10102818
    wcet_ns: 12123382
    curve:
      - {sms: 4, runs: 200, p50_ns: 10050555, p99_ns: 10093892, max_ns: 10132294, wcet_ns: 12158753, interference: 1.0109}
      - {sms: 8, runs: 200, p50_ns: 10040539, p99_ns: 10083449, max_ns: 10103602, wcet_ns: 12124323, interference: 1.0}
      - {sms: 16, runs: 200, p50_ns: 10032508, p99_ns: 10053972, max_ns: 10057564, wcet_ns: 12069077}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 200
    min_ns: 7020688
    p50_ns: 7032177
    p99_ns: 7097802
    p999_ns: 7107805
    max_ns: 7107805
    wcet_ns: 8529366
    curve:
      - {sms: 4, runs: 200, p50_ns: 7055311, p99_ns: 7082007, max_ns: 7122340, wcet_ns: 8546808, interference: 1.013}
      - {sms: 8, runs: 200, p50_ns: 7053569, p99_ns: 7076941, max_ns: 7086269, wcet_ns: 8503523, interference: 1.0034}
      - {sms: 16, runs: 200, p50_ns: 7051046, p99_ns: 7102965, max_ns: 7622463, wcet_ns: 9146956}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 200
    min_ns: 8020488
    p50_ns: 8029225
    p99_ns: 8049187
    p999_ns: 8062292
    max_ns: 8062292
    wcet_ns: 9674751
    curve:
      - {sms: 4, runs: 200, p50_ns: 8029039, p99_ns: 8061438, max_ns: 8072985, wcet_ns: 9687582, interference: 1.0162}
      - {sms: 8, runs: 200, p50_ns: 8025163, p99_ns: 8056747, max_ns: 8063263, wcet_ns: 9675916, interference: 1.0189}
      - {sms: 16, runs: 200, p50_ns: 8031762, p99_ns: 8062928, max_ns: 8107383, wcet_ns: 9728860}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 200
    min_ns: 9022064
    p50_ns: 9029973
    p99_ns: 9066254
    p999_ns: 9096708
    max_ns: 9096708
    wcet_ns: 10916050
    curve:
      - {sms: 4, runs: 200, p50_ns: 9029054, p99_ns: 9058232, max_ns: 9071021, wcet_ns: 10885226, interference: 1.0169}
      - {sms: 8, runs: 200, p50_ns: 9082616, p99_ns: 9113059, max_ns: 9113867, wcet_ns: 10936641, interference: 1.0}
      - {sms: 16, runs: 200, p50_ns: 9089052, p99_ns: 9114488, max_ns: 9133089, wcet_ns: 10959707}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 200
    min_ns: 5005775
    p50_ns: 5059694
    p99_ns: 5090987
    p999_ns: 5112389
    max_ns: 5112389
    wcet_ns: 6134867
    curve:
      - {sms: 4, runs: 200, p50_ns: 5055654, p99_ns: 5088951, max_ns: 5099759, wcet_ns: 6119711, interference: 1.0069}
      - {sms: 8, runs: 200, p50_ns: 5065254, p99_ns: 5090856, max_ns: 5096022, wcet_ns: 6115227, interference: 1.0}
      - {sms: 16, runs: 200, p50_ns: 5039293, p99_ns: 5080797, max_ns: 5092538, wcet_ns: 6111046}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 200
    min_ns: 4011816
    p50_ns: 4027542
    p99_ns: 4054507
    p999_ns: 4057780
    max_ns: 4057780
    wcet_ns: 4869336
    curve:
      - {sms: 4, runs: 200, p50_ns: 4058702, p99_ns: 4084843, max_ns: 4105752, wcet_ns: 4926903, interference: 1.018}
      - {sms: 8, runs: 200, p50_ns: 4038061, p99_ns: 4070849, max_ns: 4077505, wcet_ns: 4893006, interference: 1.0542}
      - {sms: 16, runs: 200, p50_ns: 4017965, p99_ns: 4604507, max_ns: 5459927, wcet_ns: 6551913}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 200
    min_ns: 3017003
    p50_ns: 3022341
    p99_ns: 3056375
    p999_ns: 3069370
    max_ns: 3069370
    wcet_ns: 3683244
    curve:
      - {sms: 4, runs: 200, p50_ns: 3023270, p99_ns: 3056520, max_ns: 3066837, wcet_ns: 3680205, interference: 1.0068}
      - {sms: 8, runs: 200, p50_ns: 3016220, p99_ns: 3041076, max_ns: 3056850, wcet_ns: 3668220, interference: 1.034}
      - {sms: 16, runs: 200, p50_ns: 3026392, p99_ns: 3049943, max_ns: 3073829, wcet_ns: 3688595}
