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
dispatch_overhead: {p50_ns: 646, p99_ns: 6120, max_ns: 17653}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1360111
    p50_ns: 1361443
    p99_ns: 1369374
    p999_ns: 1369374
    max_ns: 1369374
    wcet_ns: 1643249
    curve:
      - {sms: 4, runs: 30, p50_ns: 1386935, p99_ns: 1402455, max_ns: 1402455, wcet_ns: 1682946}
      - {sms: 8, runs: 30, p50_ns: 895910, p99_ns: 903374, max_ns: 903374, wcet_ns: 1084049}
      - {sms: 16, runs: 30, p50_ns: 681548, p99_ns: 692015, max_ns: 692015, wcet_ns: 830418}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1360750
    p50_ns: 1362080
    p99_ns: 1376491
    p999_ns: 1376491
    max_ns: 1376491
    wcet_ns: 1651790
    curve:
      - {sms: 4, runs: 30, p50_ns: 1384323, p99_ns: 1395057, max_ns: 1395057, wcet_ns: 1674069}
      - {sms: 8, runs: 30, p50_ns: 899294, p99_ns: 918944, max_ns: 918944, wcet_ns: 1102733}
      - {sms: 16, runs: 30, p50_ns: 682969, p99_ns: 686663, max_ns: 686663, wcet_ns: 823996}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1358601
    p50_ns: 1360474
    p99_ns: 1366981
    p999_ns: 1366981
    max_ns: 1366981
    wcet_ns: 1640378
    curve:
      - {sms: 4, runs: 30, p50_ns: 1386375, p99_ns: 1399314, max_ns: 1399314, wcet_ns: 1679177}
      - {sms: 8, runs: 30, p50_ns: 894802, p99_ns: 901677, max_ns: 901677, wcet_ns: 1082013}
      - {sms: 16, runs: 30, p50_ns: 679518, p99_ns: 690853, max_ns: 690853, wcet_ns: 829024}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1358590
    p50_ns: 1363971
    p99_ns: 1397992
    p999_ns: 1397992
    max_ns: 1397992
    wcet_ns: 1677591
    curve:
      - {sms: 4, runs: 30, p50_ns: 1385946, p99_ns: 1398782, max_ns: 1398782, wcet_ns: 1678539}
      - {sms: 8, runs: 30, p50_ns: 894732, p99_ns: 900917, max_ns: 900917, wcet_ns: 1081101}
      - {sms: 16, runs: 30, p50_ns: 678782, p99_ns: 688460, max_ns: 688460, wcet_ns: 826152}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1359375
    p50_ns: 1364574
    p99_ns: 1374631
    p999_ns: 1374631
    max_ns: 1374631
    wcet_ns: 1649558
    curve:
      - {sms: 4, runs: 30, p50_ns: 1392726, p99_ns: 1402939, max_ns: 1402939, wcet_ns: 1683527}
      - {sms: 8, runs: 30, p50_ns: 893622, p99_ns: 898907, max_ns: 898907, wcet_ns: 1078689}
      - {sms: 16, runs: 30, p50_ns: 680464, p99_ns: 736693, max_ns: 736693, wcet_ns: 884032}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 2085056
    p50_ns: 2088189
    p99_ns: 2097298
    p999_ns: 2097298
    max_ns: 2097298
    wcet_ns: 2516758
    curve:
      - {sms: 4, runs: 30, p50_ns: 2112911, p99_ns: 2121017, max_ns: 2121017, wcet_ns: 2545221}
      - {sms: 8, runs: 30, p50_ns: 1151787, p99_ns: 1159403, max_ns: 1159403, wcet_ns: 1391284}
      - {sms: 16, runs: 30, p50_ns: 719063, p99_ns: 733284, max_ns: 733284, wcet_ns: 879941}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 3272537
    p50_ns: 3279111
    p99_ns: 3294614
    p999_ns: 3294614
    max_ns: 3294614
    wcet_ns: 3953537
    curve:
      - {sms: 4, runs: 30, p50_ns: 3315236, p99_ns: 3327957, max_ns: 3327957, wcet_ns: 3993549}
      - {sms: 8, runs: 30, p50_ns: 1819444, p99_ns: 1829964, max_ns: 1829964, wcet_ns: 2195957}
      - {sms: 16, runs: 30, p50_ns: 1123601, p99_ns: 1134054, max_ns: 1134054, wcet_ns: 1360865}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 6096963
    p50_ns: 6104498
    p99_ns: 6125630
    p999_ns: 6125630
    max_ns: 6125630
    wcet_ns: 7350756
    curve:
      - {sms: 4, runs: 30, p50_ns: 6108285, p99_ns: 6133574, max_ns: 6133574, wcet_ns: 7360289}
      - {sms: 8, runs: 30, p50_ns: 3365036, p99_ns: 3373187, max_ns: 3373187, wcet_ns: 4047825}
      - {sms: 16, runs: 30, p50_ns: 2101979, p99_ns: 2106552, max_ns: 2106552, wcet_ns: 2527863}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3296474
    p50_ns: 3300279
    p99_ns: 3311198
    p999_ns: 3311198
    max_ns: 3311198
    wcet_ns: 3973438
    curve:
      - {sms: 4, runs: 30, p50_ns: 3303264, p99_ns: 3313147, max_ns: 3313147, wcet_ns: 3975777}
      - {sms: 8, runs: 30, p50_ns: 1814950, p99_ns: 1819892, max_ns: 1819892, wcet_ns: 2183871}
      - {sms: 16, runs: 30, p50_ns: 1121289, p99_ns: 1131515, max_ns: 1131515, wcet_ns: 1357818}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3295127
    p50_ns: 3301414
    p99_ns: 3315335
    p999_ns: 3315335
    max_ns: 3315335
    wcet_ns: 3978402
    curve:
      - {sms: 4, runs: 30, p50_ns: 3304731, p99_ns: 3313188, max_ns: 3313188, wcet_ns: 3975826}
      - {sms: 8, runs: 30, p50_ns: 1815087, p99_ns: 1822279, max_ns: 1822279, wcet_ns: 2186735}
      - {sms: 16, runs: 30, p50_ns: 1121113, p99_ns: 1129808, max_ns: 1129808, wcet_ns: 1355770}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1384277
    p50_ns: 1386887
    p99_ns: 1400482
    p999_ns: 1400482
    max_ns: 1400482
    wcet_ns: 1680579
    curve:
      - {sms: 4, runs: 30, p50_ns: 1387162, p99_ns: 1397367, max_ns: 1397367, wcet_ns: 1676841}
      - {sms: 8, runs: 30, p50_ns: 895786, p99_ns: 914871, max_ns: 914871, wcet_ns: 1097846}
      - {sms: 16, runs: 30, p50_ns: 680727, p99_ns: 693169, max_ns: 693169, wcet_ns: 831803}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3304541
    p50_ns: 3306972
    p99_ns: 3312206
    p999_ns: 3312206
    max_ns: 3312206
    wcet_ns: 3974648
    curve:
      - {sms: 4, runs: 30, p50_ns: 3307719, p99_ns: 3315324, max_ns: 3315324, wcet_ns: 3978389}
      - {sms: 8, runs: 30, p50_ns: 1816275, p99_ns: 1827754, max_ns: 1827754, wcet_ns: 2193305}
      - {sms: 16, runs: 30, p50_ns: 1121693, p99_ns: 1166526, max_ns: 1166526, wcet_ns: 1399832}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3305058
    p50_ns: 3310714
    p99_ns: 3323100
    p999_ns: 3323100
    max_ns: 3323100
    wcet_ns: 3987720
    curve:
      - {sms: 4, runs: 30, p50_ns: 3306672, p99_ns: 3318483, max_ns: 3318483, wcet_ns: 3982180}
      - {sms: 8, runs: 30, p50_ns: 1817020, p99_ns: 1838760, max_ns: 1838760, wcet_ns: 2206512}
      - {sms: 16, runs: 30, p50_ns: 1121324, p99_ns: 1134364, max_ns: 1134364, wcet_ns: 1361237}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2115233
    p50_ns: 2117153
    p99_ns: 2127246
    p999_ns: 2127246
    max_ns: 2127246
    wcet_ns: 2552696
    curve:
      - {sms: 4, runs: 30, p50_ns: 2114208, p99_ns: 2140356, max_ns: 2140356, wcet_ns: 2568428}
      - {sms: 8, runs: 30, p50_ns: 1152467, p99_ns: 1166365, max_ns: 1166365, wcet_ns: 1399638}
      - {sms: 16, runs: 30, p50_ns: 717280, p99_ns: 726838, max_ns: 726838, wcet_ns: 872206}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 5843319
    p50_ns: 5850096
    p99_ns: 5857074
    p999_ns: 5857074
    max_ns: 5857074
    wcet_ns: 7028489
    curve:
      - {sms: 4, runs: 30, p50_ns: 5841107, p99_ns: 5860550, max_ns: 5860550, wcet_ns: 7032660}
      - {sms: 8, runs: 30, p50_ns: 3221942, p99_ns: 3233321, max_ns: 3233321, wcet_ns: 3879986}
      - {sms: 16, runs: 30, p50_ns: 1953456, p99_ns: 1965373, max_ns: 1965373, wcet_ns: 2358448}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1389377
    p50_ns: 1392140
    p99_ns: 1405691
    p999_ns: 1405691
    max_ns: 1405691
    wcet_ns: 1686830
    curve:
      - {sms: 4, runs: 30, p50_ns: 1387747, p99_ns: 1405007, max_ns: 1405007, wcet_ns: 1686009}
      - {sms: 8, runs: 30, p50_ns: 895782, p99_ns: 901509, max_ns: 901509, wcet_ns: 1081811}
      - {sms: 16, runs: 30, p50_ns: 680106, p99_ns: 691727, max_ns: 691727, wcet_ns: 830073}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 6103741
    p50_ns: 6114116
    p99_ns: 6131084
    p999_ns: 6131084
    max_ns: 6131084
    wcet_ns: 7357301
    curve:
      - {sms: 4, runs: 30, p50_ns: 6107726, p99_ns: 6128836, max_ns: 6128836, wcet_ns: 7354604}
      - {sms: 8, runs: 30, p50_ns: 3370306, p99_ns: 3383677, max_ns: 3383677, wcet_ns: 4060413}
      - {sms: 16, runs: 30, p50_ns: 2102490, p99_ns: 2117943, max_ns: 2117943, wcet_ns: 2541532}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5828351
    p50_ns: 5841451
    p99_ns: 5857307
    p999_ns: 5857307
    max_ns: 5857307
    wcet_ns: 7028769
    curve:
      - {sms: 4, runs: 30, p50_ns: 5851454, p99_ns: 5865109, max_ns: 5865109, wcet_ns: 7038131}
      - {sms: 8, runs: 30, p50_ns: 3217793, p99_ns: 3229944, max_ns: 3229944, wcet_ns: 3875933}
      - {sms: 16, runs: 30, p50_ns: 1959495, p99_ns: 1971737, max_ns: 1971737, wcet_ns: 2366085}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5824818
    p50_ns: 5833704
    p99_ns: 5849029
    p999_ns: 5849029
    max_ns: 5849029
    wcet_ns: 7018835
    curve:
      - {sms: 4, runs: 30, p50_ns: 5853376, p99_ns: 5883364, max_ns: 5883364, wcet_ns: 7060037}
      - {sms: 8, runs: 30, p50_ns: 3233130, p99_ns: 3238400, max_ns: 3238400, wcet_ns: 3886080}
      - {sms: 16, runs: 30, p50_ns: 1973921, p99_ns: 1991357, max_ns: 1991357, wcet_ns: 2389629}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 8210117
    p50_ns: 8240771
    p99_ns: 8261707
    p999_ns: 8261707
    max_ns: 8261707
    wcet_ns: 9914049
    curve:
      - {sms: 4, runs: 30, p50_ns: 8328499, p99_ns: 8356328, max_ns: 8356328, wcet_ns: 10027594}
      - {sms: 8, runs: 30, p50_ns: 4628827, p99_ns: 4632618, max_ns: 4632618, wcet_ns: 5559142}
      - {sms: 16, runs: 30, p50_ns: 2959555, p99_ns: 2973936, max_ns: 2973936, wcet_ns: 3568724}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 8212786
    p50_ns: 8244236
    p99_ns: 8255090
    p999_ns: 8255090
    max_ns: 8255090
    wcet_ns: 9906108
    curve:
      - {sms: 4, runs: 30, p50_ns: 8332427, p99_ns: 8354197, max_ns: 8354197, wcet_ns: 10025037}
      - {sms: 8, runs: 30, p50_ns: 4632519, p99_ns: 4655995, max_ns: 4655995, wcet_ns: 5587194}
      - {sms: 16, runs: 30, p50_ns: 2962282, p99_ns: 2969112, max_ns: 2969112, wcet_ns: 3562935}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3297897
    p50_ns: 3308250
    p99_ns: 3312713
    p999_ns: 3312713
    max_ns: 3312713
    wcet_ns: 3975256
    curve:
      - {sms: 4, runs: 30, p50_ns: 3317873, p99_ns: 3331521, max_ns: 3331521, wcet_ns: 3997826}
      - {sms: 8, runs: 30, p50_ns: 1825221, p99_ns: 1843914, max_ns: 1843914, wcet_ns: 2212697}
      - {sms: 16, runs: 30, p50_ns: 1125822, p99_ns: 1138337, max_ns: 1138337, wcet_ns: 1366005}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2103985
    p50_ns: 2112347
    p99_ns: 2125444
    p999_ns: 2125444
    max_ns: 2125444
    wcet_ns: 2550533
    curve:
      - {sms: 4, runs: 30, p50_ns: 2120847, p99_ns: 2135217, max_ns: 2135217, wcet_ns: 2562261}
      - {sms: 8, runs: 30, p50_ns: 1160048, p99_ns: 1168531, max_ns: 1168531, wcet_ns: 1402238}
      - {sms: 16, runs: 30, p50_ns: 721786, p99_ns: 737480, max_ns: 737480, wcet_ns: 884976}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5830978
    p50_ns: 5851963
    p99_ns: 5870451
    p999_ns: 5870451
    max_ns: 5870451
    wcet_ns: 7044542
    curve:
      - {sms: 4, runs: 30, p50_ns: 5855709, p99_ns: 5860647, max_ns: 5860647, wcet_ns: 7032777}
      - {sms: 8, runs: 30, p50_ns: 3234840, p99_ns: 3245275, max_ns: 3245275, wcet_ns: 3894330}
      - {sms: 16, runs: 30, p50_ns: 1960180, p99_ns: 1969954, max_ns: 1969954, wcet_ns: 2363945}
