# AegisRT WCET profile, written by 'aegisrt profile'; read by 'aegisrt admit|run
# --wcet-profile' (include/aegis/profile.h). Times in ns: execution = finish -
# start of each job run alone, back to back; wcet = ceil(max * margin);
# dispatch_overhead = start - release over every job.
# curve: the model alone on one lane of each size (lane_sizes); interference (where
# measured) = p99 with a memory-bound neighbour on another lane / p99 alone.
# shared: k = the model on one of k lanes sharing one partition of sms SMs, the
# other k - 1 lanes busy with the workload's models.
# device_memory: bytes outside the memory pool, measured as drops of free device
# memory; driver_fixed: the driver's share before any lane, what the jobs loaded
# and the CUDA graphs, in a first run of every model together (docs/MEMORY.md).
version: 4
workload: "examples/edge-24-gpu.yaml"
device: "cuda"
device_name: "NVIDIA H100 80GB HBM3"
device_profile: "orin-agx-8g"
lanes: 4
runs: 15
margin: 1.2
dispatch_overhead: {p50_ns: 303, p99_ns: 4056, max_ns: 5009}
device_memory: {driver_fixed: 3578593280, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0, device_other: 503316480}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 599623
    p50_ns: 602492
    p99_ns: 625141
    p999_ns: 625141
    max_ns: 625141
    wcet_ns: 750170
    curve:
      - {sms: 4, runs: 15, p50_ns: 600841, p99_ns: 617542, max_ns: 617542, wcet_ns: 741051, interference: 1.0018}
      - {sms: 8, runs: 15, p50_ns: 317130, p99_ns: 344083, max_ns: 344083, wcet_ns: 412900, interference: 1.0042}
      - {sms: 16, runs: 15, p50_ns: 192032, p99_ns: 219670, max_ns: 219670, wcet_ns: 263604}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 301211, p99_ns: 377092, max_ns: 377092, wcet_ns: 452511}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 447275, p99_ns: 695185, max_ns: 695185, wcet_ns: 834222}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 618687, p99_ns: 1605316, max_ns: 1605316, wcet_ns: 1926380}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 889276
    p50_ns: 892369
    p99_ns: 920800
    p999_ns: 920800
    max_ns: 920800
    wcet_ns: 1104960
    curve:
      - {sms: 4, runs: 15, p50_ns: 889809, p99_ns: 901428, max_ns: 901428, wcet_ns: 1081714, interference: 1.0076}
      - {sms: 8, runs: 15, p50_ns: 464985, p99_ns: 489913, max_ns: 489913, wcet_ns: 587896, interference: 1.0322}
      - {sms: 16, runs: 15, p50_ns: 272226, p99_ns: 297478, max_ns: 297478, wcet_ns: 356974}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 426673, p99_ns: 493808, max_ns: 493808, wcet_ns: 592570}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 638359, p99_ns: 828962, max_ns: 828962, wcet_ns: 994755}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 970885, p99_ns: 1256278, max_ns: 1256278, wcet_ns: 1507534}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 538589
    p50_ns: 539946
    p99_ns: 551356
    p999_ns: 551356
    max_ns: 551356
    wcet_ns: 661628
    curve:
      - {sms: 4, runs: 15, p50_ns: 538466, p99_ns: 555420, max_ns: 555420, wcet_ns: 666504, interference: 1.0145}
      - {sms: 8, runs: 15, p50_ns: 296561, p99_ns: 323521, max_ns: 323521, wcet_ns: 388226, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 175546, p99_ns: 190286, max_ns: 190286, wcet_ns: 228344}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 298855, p99_ns: 384416, max_ns: 384416, wcet_ns: 461300}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 492196, p99_ns: 922360, max_ns: 922360, wcet_ns: 1106832}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 711059, p99_ns: 876169, max_ns: 876169, wcet_ns: 1051403}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 402638
    p50_ns: 404868
    p99_ns: 427545
    p999_ns: 427545
    max_ns: 427545
    wcet_ns: 513054
    curve:
      - {sms: 4, runs: 15, p50_ns: 396676, p99_ns: 411955, max_ns: 411955, wcet_ns: 494346, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 216265, p99_ns: 250309, max_ns: 250309, wcet_ns: 300371, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 135549, p99_ns: 156468, max_ns: 156468, wcet_ns: 187762}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 232462, p99_ns: 275353, max_ns: 275353, wcet_ns: 330424}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 294979, p99_ns: 534883, max_ns: 534883, wcet_ns: 641860}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 576721, p99_ns: 946226, max_ns: 946226, wcet_ns: 1135472}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1299286
    p50_ns: 1303418
    p99_ns: 1317434
    p999_ns: 1317434
    max_ns: 1317434
    wcet_ns: 1580921
    curve:
      - {sms: 4, runs: 15, p50_ns: 1301405, p99_ns: 1317906, max_ns: 1317906, wcet_ns: 1581488, interference: 1.0039}
      - {sms: 8, runs: 15, p50_ns: 682858, p99_ns: 734367, max_ns: 734367, wcet_ns: 881241, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 391315, p99_ns: 477799, max_ns: 477799, wcet_ns: 573359}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 525851, p99_ns: 710116, max_ns: 710116, wcet_ns: 852140}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 850285, p99_ns: 1421507, max_ns: 1421507, wcet_ns: 1705809}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1492624, p99_ns: 1700383, max_ns: 1700383, wcet_ns: 2040460}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1059542
    p50_ns: 1063644
    p99_ns: 1079381
    p999_ns: 1079381
    max_ns: 1079381
    wcet_ns: 1295258
    curve:
      - {sms: 4, runs: 15, p50_ns: 1065724, p99_ns: 1089221, max_ns: 1089221, wcet_ns: 1307066, interference: 1.0111}
      - {sms: 8, runs: 15, p50_ns: 555937, p99_ns: 567418, max_ns: 567418, wcet_ns: 680902, interference: 1.0444}
      - {sms: 16, runs: 15, p50_ns: 337531, p99_ns: 355318, max_ns: 355318, wcet_ns: 426382}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 761457, p99_ns: 883389, max_ns: 883389, wcet_ns: 1060067}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1153212, p99_ns: 1449187, max_ns: 1449187, wcet_ns: 1739025}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1308155, p99_ns: 1698222, max_ns: 1698222, wcet_ns: 2037867}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1473107
    p50_ns: 1477620
    p99_ns: 1498899
    p999_ns: 1498899
    max_ns: 1498899
    wcet_ns: 1798679
    curve:
      - {sms: 4, runs: 15, p50_ns: 1474843, p99_ns: 1489741, max_ns: 1489741, wcet_ns: 1787690, interference: 1.0206}
      - {sms: 8, runs: 15, p50_ns: 772945, p99_ns: 789071, max_ns: 789071, wcet_ns: 946886, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 468238, p99_ns: 476033, max_ns: 476033, wcet_ns: 571240}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 739852, p99_ns: 1034445, max_ns: 1034445, wcet_ns: 1241334}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1284966, p99_ns: 1822150, max_ns: 1822150, wcet_ns: 2186580}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1947165, p99_ns: 2470005, max_ns: 2470005, wcet_ns: 2964006}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 3504720
    p50_ns: 3509090
    p99_ns: 3536126
    p999_ns: 3536126
    max_ns: 3536126
    wcet_ns: 4243352
    curve:
      - {sms: 4, runs: 15, p50_ns: 3505940, p99_ns: 3519238, max_ns: 3519238, wcet_ns: 4223086, interference: 1.0178}
      - {sms: 8, runs: 15, p50_ns: 1788184, p99_ns: 1800200, max_ns: 1800200, wcet_ns: 2160240, interference: 1.0044}
      - {sms: 16, runs: 15, p50_ns: 998544, p99_ns: 1005325, max_ns: 1005325, wcet_ns: 1206390}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1527984, p99_ns: 1853717, max_ns: 1853717, wcet_ns: 2224461}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2153203, p99_ns: 2402765, max_ns: 2402765, wcet_ns: 2883318}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2533019, p99_ns: 3513849, max_ns: 3513849, wcet_ns: 4216619}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 2633718
    p50_ns: 2636457
    p99_ns: 2645211
    p999_ns: 2645211
    max_ns: 2645211
    wcet_ns: 3174254
    curve:
      - {sms: 4, runs: 15, p50_ns: 2637480, p99_ns: 2652217, max_ns: 2652217, wcet_ns: 3182661, interference: 1.0125}
      - {sms: 8, runs: 15, p50_ns: 1351352, p99_ns: 1365235, max_ns: 1365235, wcet_ns: 1638282, interference: 1.0005}
      - {sms: 16, runs: 15, p50_ns: 761191, p99_ns: 768777, max_ns: 768777, wcet_ns: 922533}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1278314, p99_ns: 1494470, max_ns: 1494470, wcet_ns: 1793364}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1734805, p99_ns: 2214635, max_ns: 2214635, wcet_ns: 2657562}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2020675, p99_ns: 3245832, max_ns: 3245832, wcet_ns: 3894999}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 2050324
    p50_ns: 2055088
    p99_ns: 2082288
    p999_ns: 2082288
    max_ns: 2082288
    wcet_ns: 2498746
    curve:
      - {sms: 4, runs: 15, p50_ns: 2054959, p99_ns: 2073689, max_ns: 2073689, wcet_ns: 2488427, interference: 1.0059}
      - {sms: 8, runs: 15, p50_ns: 1060492, p99_ns: 1071331, max_ns: 1071331, wcet_ns: 1285598, interference: 1.0006}
      - {sms: 16, runs: 15, p50_ns: 598701, p99_ns: 606499, max_ns: 606499, wcet_ns: 727799}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1036510, p99_ns: 1185537, max_ns: 1185537, wcet_ns: 1422645}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1463683, p99_ns: 1953825, max_ns: 1953825, wcet_ns: 2344590}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1827764, p99_ns: 2509549, max_ns: 2509549, wcet_ns: 3011459}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 885033
    p50_ns: 888394
    p99_ns: 902742
    p999_ns: 902742
    max_ns: 902742
    wcet_ns: 1083291
    curve:
      - {sms: 4, runs: 15, p50_ns: 888302, p99_ns: 973260, max_ns: 973260, wcet_ns: 1167912, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 460054, p99_ns: 481843, max_ns: 481843, wcet_ns: 578212, interference: 1.0286}
      - {sms: 16, runs: 15, p50_ns: 274131, p99_ns: 294186, max_ns: 294186, wcet_ns: 353024}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 512569, p99_ns: 585312, max_ns: 585312, wcet_ns: 702375}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 756382, p99_ns: 1154618, max_ns: 1154618, wcet_ns: 1385542}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 851808, p99_ns: 1745043, max_ns: 1745043, wcet_ns: 2094052}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 2048603
    p50_ns: 2052713
    p99_ns: 2071836
    p999_ns: 2071836
    max_ns: 2071836
    wcet_ns: 2486204
    curve:
      - {sms: 4, runs: 15, p50_ns: 2054765, p99_ns: 2125903, max_ns: 2125903, wcet_ns: 2551084, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 1069046, p99_ns: 1094733, max_ns: 1094733, wcet_ns: 1313680, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 600209, p99_ns: 610362, max_ns: 610362, wcet_ns: 732435}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 748410, p99_ns: 980847, max_ns: 980847, wcet_ns: 1177017}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1384745, p99_ns: 1715685, max_ns: 1715685, wcet_ns: 2058822}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1803806, p99_ns: 2245410, max_ns: 2245410, wcet_ns: 2694492}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 2048125
    p50_ns: 2051571
    p99_ns: 2067479
    p999_ns: 2067479
    max_ns: 2067479
    wcet_ns: 2480975
    curve:
      - {sms: 4, runs: 15, p50_ns: 2049686, p99_ns: 2081392, max_ns: 2081392, wcet_ns: 2497671, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 1055801, p99_ns: 1070967, max_ns: 1070967, wcet_ns: 1285161, interference: 1.0139}
      - {sms: 16, runs: 15, p50_ns: 598473, p99_ns: 603622, max_ns: 603622, wcet_ns: 724347}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1056365, p99_ns: 1123916, max_ns: 1123916, wcet_ns: 1348700}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1335984, p99_ns: 2149039, max_ns: 2149039, wcet_ns: 2578847}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1922142, p99_ns: 3144062, max_ns: 3144062, wcet_ns: 3772875}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1763510
    p50_ns: 1768120
    p99_ns: 1819851
    p999_ns: 1819851
    max_ns: 1819851
    wcet_ns: 2183822
    curve:
      - {sms: 4, runs: 15, p50_ns: 1765426, p99_ns: 1832914, max_ns: 1832914, wcet_ns: 2199497, interference: 1.0176}
      - {sms: 8, runs: 15, p50_ns: 937869, p99_ns: 948054, max_ns: 948054, wcet_ns: 1137665, interference: 1.0142}
      - {sms: 16, runs: 15, p50_ns: 612070, p99_ns: 619169, max_ns: 619169, wcet_ns: 743003}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1024466, p99_ns: 1098478, max_ns: 1098478, wcet_ns: 1318174}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1693292, p99_ns: 2158421, max_ns: 2158421, wcet_ns: 2590106}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2210473, p99_ns: 2943235, max_ns: 2943235, wcet_ns: 3531882}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 2341443
    p50_ns: 2346001
    p99_ns: 2354760
    p999_ns: 2354760
    max_ns: 2354760
    wcet_ns: 2825712
    curve:
      - {sms: 4, runs: 15, p50_ns: 2345717, p99_ns: 2376884, max_ns: 2376884, wcet_ns: 2852261, interference: 1.0104}
      - {sms: 8, runs: 15, p50_ns: 1218213, p99_ns: 1230574, max_ns: 1230574, wcet_ns: 1476689, interference: 1.0095}
      - {sms: 16, runs: 15, p50_ns: 758595, p99_ns: 1304756, max_ns: 1304756, wcet_ns: 1565708}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1299491, p99_ns: 1399630, max_ns: 1399630, wcet_ns: 1679556}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1627053, p99_ns: 1950476, max_ns: 1950476, wcet_ns: 2340572}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2641564, p99_ns: 3529097, max_ns: 3529097, wcet_ns: 4234917}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1469983
    p50_ns: 1472432
    p99_ns: 1541108
    p999_ns: 1541108
    max_ns: 1541108
    wcet_ns: 1849330
    curve:
      - {sms: 4, runs: 15, p50_ns: 1472013, p99_ns: 1540030, max_ns: 1540030, wcet_ns: 1848036, interference: 1.0255}
      - {sms: 8, runs: 15, p50_ns: 769126, p99_ns: 792137, max_ns: 792137, wcet_ns: 950565, interference: 1.0381}
      - {sms: 16, runs: 15, p50_ns: 510436, p99_ns: 535000, max_ns: 535000, wcet_ns: 642000}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 760156, p99_ns: 930185, max_ns: 930185, wcet_ns: 1116222}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1424472, p99_ns: 2200106, max_ns: 2200106, wcet_ns: 2640128}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1711235, p99_ns: 2370788, max_ns: 2370788, wcet_ns: 2844946}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 3507830
    p50_ns: 3527721
    p99_ns: 3551518
    p999_ns: 3551518
    max_ns: 3551518
    wcet_ns: 4261822
    curve:
      - {sms: 4, runs: 15, p50_ns: 3526082, p99_ns: 3555412, max_ns: 3555412, wcet_ns: 4266495, interference: 1.0085}
      - {sms: 8, runs: 15, p50_ns: 1830330, p99_ns: 1847523, max_ns: 1847523, wcet_ns: 2217028, interference: 1.0166}
      - {sms: 16, runs: 15, p50_ns: 1188314, p99_ns: 1201707, max_ns: 1201707, wcet_ns: 1442049}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 2133727, p99_ns: 2336570, max_ns: 2336570, wcet_ns: 2803884}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2987369, p99_ns: 3266693, max_ns: 3266693, wcet_ns: 3920032}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3666586, p99_ns: 4004542, max_ns: 4004542, wcet_ns: 4805451}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 5821543
    p50_ns: 5832293
    p99_ns: 5842048
    p999_ns: 5842048
    max_ns: 5842048
    wcet_ns: 7010458
    curve:
      - {sms: 4, runs: 15, p50_ns: 5829014, p99_ns: 5858806, max_ns: 5858806, wcet_ns: 7030568, interference: 1.0123}
      - {sms: 8, runs: 15, p50_ns: 2967293, p99_ns: 3001216, max_ns: 3001216, wcet_ns: 3601460, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 1752019, p99_ns: 1767669, max_ns: 1767669, wcet_ns: 2121203}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 2962111, p99_ns: 3337087, max_ns: 3337087, wcet_ns: 4004505}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 3778362, p99_ns: 4319046, max_ns: 4319046, wcet_ns: 5182856}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 4645200, p99_ns: 5307992, max_ns: 5307992, wcet_ns: 6369591}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 4080621
    p50_ns: 4084131
    p99_ns: 4100894
    p999_ns: 4100894
    max_ns: 4100894
    wcet_ns: 4921073
    curve:
      - {sms: 4, runs: 15, p50_ns: 4083385, p99_ns: 4104662, max_ns: 4104662, wcet_ns: 4925595, interference: 1.0145}
      - {sms: 8, runs: 15, p50_ns: 2088685, p99_ns: 2106281, max_ns: 2106281, wcet_ns: 2527538, interference: 1.0049}
      - {sms: 16, runs: 15, p50_ns: 1243851, p99_ns: 1263453, max_ns: 1263453, wcet_ns: 1516144}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1716592, p99_ns: 2018681, max_ns: 2018681, wcet_ns: 2422418}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2880644, p99_ns: 3509056, max_ns: 3509056, wcet_ns: 4210868}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3785043, p99_ns: 4566604, max_ns: 4566604, wcet_ns: 5479925}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 4661595
    p50_ns: 4666990
    p99_ns: 4718175
    p999_ns: 4718175
    max_ns: 4718175
    wcet_ns: 5661810
    curve:
      - {sms: 4, runs: 15, p50_ns: 4666362, p99_ns: 4700552, max_ns: 4700552, wcet_ns: 5640663, interference: 1.0099}
      - {sms: 8, runs: 15, p50_ns: 2418230, p99_ns: 2432678, max_ns: 2432678, wcet_ns: 2919214, interference: 1.0214}
      - {sms: 16, runs: 15, p50_ns: 1572193, p99_ns: 1657488, max_ns: 1657488, wcet_ns: 1988986}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 2335117, p99_ns: 2523325, max_ns: 2523325, wcet_ns: 3027990}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 3644025, p99_ns: 4088944, max_ns: 4088944, wcet_ns: 4906733}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 4476192, p99_ns: 5095212, max_ns: 5095212, wcet_ns: 6114255}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 5247250
    p50_ns: 5252540
    p99_ns: 5271888
    p999_ns: 5271888
    max_ns: 5271888
    wcet_ns: 6326266
    curve:
      - {sms: 4, runs: 15, p50_ns: 5250433, p99_ns: 5309383, max_ns: 5309383, wcet_ns: 6371260, interference: 1.0079}
      - {sms: 8, runs: 15, p50_ns: 2686309, p99_ns: 2712211, max_ns: 2712211, wcet_ns: 3254654, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 1592051, p99_ns: 1599064, max_ns: 1599064, wcet_ns: 1918877}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 2450273, p99_ns: 2661010, max_ns: 2661010, wcet_ns: 3193212}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 3508635, p99_ns: 4057152, max_ns: 4057152, wcet_ns: 4868583}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 4218373, p99_ns: 5377964, max_ns: 5377964, wcet_ns: 6453557}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 2922231
    p50_ns: 2925486
    p99_ns: 2990310
    p999_ns: 2990310
    max_ns: 2990310
    wcet_ns: 3588372
    curve:
      - {sms: 4, runs: 15, p50_ns: 2925766, p99_ns: 2946377, max_ns: 2946377, wcet_ns: 3535653, interference: 1.0088}
      - {sms: 8, runs: 15, p50_ns: 1496150, p99_ns: 1529018, max_ns: 1529018, wcet_ns: 1834822, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 844183, p99_ns: 860276, max_ns: 860276, wcet_ns: 1032332}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1058280, p99_ns: 1221949, max_ns: 1221949, wcet_ns: 1466339}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1936395, p99_ns: 2385057, max_ns: 2385057, wcet_ns: 2862069}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2382319, p99_ns: 2870956, max_ns: 2870956, wcet_ns: 3445148}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 2344135
    p50_ns: 2347086
    p99_ns: 2372576
    p999_ns: 2372576
    max_ns: 2372576
    wcet_ns: 2847092
    curve:
      - {sms: 4, runs: 15, p50_ns: 2347425, p99_ns: 2379712, max_ns: 2379712, wcet_ns: 2855655, interference: 1.0152}
      - {sms: 8, runs: 15, p50_ns: 1225810, p99_ns: 1237824, max_ns: 1237824, wcet_ns: 1485389, interference: 1.0348}
      - {sms: 16, runs: 15, p50_ns: 807412, p99_ns: 830585, max_ns: 830585, wcet_ns: 996702}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1373498, p99_ns: 1574171, max_ns: 1574171, wcet_ns: 1889006}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2194848, p99_ns: 2685133, max_ns: 2685133, wcet_ns: 3222160}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2747020, p99_ns: 3462892, max_ns: 3462892, wcet_ns: 4155471}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 1769047
    p50_ns: 1777135
    p99_ns: 1795376
    p999_ns: 1795376
    max_ns: 1795376
    wcet_ns: 2154452
    curve:
      - {sms: 4, runs: 15, p50_ns: 1769244, p99_ns: 1798369, max_ns: 1798369, wcet_ns: 2158043, interference: 1.0008}
      - {sms: 8, runs: 15, p50_ns: 903002, p99_ns: 931370, max_ns: 931370, wcet_ns: 1117644, interference: 1.1273}
      - {sms: 16, runs: 15, p50_ns: 542647, p99_ns: 561972, max_ns: 561972, wcet_ns: 674367}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 877469, p99_ns: 1024881, max_ns: 1024881, wcet_ns: 1229858}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1234404, p99_ns: 1715911, max_ns: 1715911, wcet_ns: 2059094}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1616736, p99_ns: 2376345, max_ns: 2376345, wcet_ns: 2851614}
