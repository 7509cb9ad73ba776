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
dispatch_overhead: {p50_ns: 318, p99_ns: 3462, max_ns: 4407}
device_memory: {driver_fixed: 5910626304, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0, device_other: 503316480}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 883752
    p50_ns: 886357
    p99_ns: 905837
    p999_ns: 905837
    max_ns: 905837
    wcet_ns: 1087005
    curve:
      - {sms: 4, runs: 15, p50_ns: 881116, p99_ns: 897705, max_ns: 897705, wcet_ns: 1077246, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 463039, p99_ns: 488282, max_ns: 488282, wcet_ns: 585939, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 268675, p99_ns: 290165, max_ns: 290165, wcet_ns: 348198}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 514468, p99_ns: 794952, max_ns: 794952, wcet_ns: 953943}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 744980, p99_ns: 1224355, max_ns: 1224355, wcet_ns: 1469226}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1131003, p99_ns: 2121020, max_ns: 2121020, wcet_ns: 2545224}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1307827
    p50_ns: 1310273
    p99_ns: 1330026
    p999_ns: 1330026
    max_ns: 1330026
    wcet_ns: 1596032
    curve:
      - {sms: 4, runs: 15, p50_ns: 1309629, p99_ns: 1322598, max_ns: 1322598, wcet_ns: 1587118, interference: 1.0007}
      - {sms: 8, runs: 15, p50_ns: 673320, p99_ns: 695218, max_ns: 695218, wcet_ns: 834262, interference: 1.0249}
      - {sms: 16, runs: 15, p50_ns: 385957, p99_ns: 408432, max_ns: 408432, wcet_ns: 490119}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 712305, p99_ns: 859992, max_ns: 859992, wcet_ns: 1031991}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 982821, p99_ns: 1406557, max_ns: 1406557, wcet_ns: 1687869}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1432718, p99_ns: 1929688, max_ns: 1929688, wcet_ns: 2315626}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 788650
    p50_ns: 791241
    p99_ns: 807376
    p999_ns: 807376
    max_ns: 807376
    wcet_ns: 968852
    curve:
      - {sms: 4, runs: 15, p50_ns: 792383, p99_ns: 803691, max_ns: 803691, wcet_ns: 964430, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 412678, p99_ns: 432507, max_ns: 432507, wcet_ns: 519009, interference: 1.0272}
      - {sms: 16, runs: 15, p50_ns: 240906, p99_ns: 258595, max_ns: 258595, wcet_ns: 310314}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 324180, p99_ns: 516485, max_ns: 516485, wcet_ns: 619782}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 607539, p99_ns: 884636, max_ns: 884636, wcet_ns: 1061564}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1030428, p99_ns: 1454174, max_ns: 1454174, wcet_ns: 1745009}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 576840
    p50_ns: 579995
    p99_ns: 598091
    p999_ns: 598091
    max_ns: 598091
    wcet_ns: 717710
    curve:
      - {sms: 4, runs: 15, p50_ns: 579447, p99_ns: 599187, max_ns: 599187, wcet_ns: 719025, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 306626, p99_ns: 320598, max_ns: 320598, wcet_ns: 384718, interference: 1.0362}
      - {sms: 16, runs: 15, p50_ns: 188866, p99_ns: 209121, max_ns: 209121, wcet_ns: 250946}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 333726, p99_ns: 447976, max_ns: 447976, wcet_ns: 537572}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 383171, p99_ns: 1215214, max_ns: 1215214, wcet_ns: 1458257}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 738970, p99_ns: 1402518, max_ns: 1402518, wcet_ns: 1683022}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1914455
    p50_ns: 1922377
    p99_ns: 1998219
    p999_ns: 1998219
    max_ns: 1998219
    wcet_ns: 2397863
    curve:
      - {sms: 4, runs: 15, p50_ns: 1918067, p99_ns: 1977091, max_ns: 1977091, wcet_ns: 2372510, interference: 1.0023}
      - {sms: 8, runs: 15, p50_ns: 996969, p99_ns: 1009413, max_ns: 1009413, wcet_ns: 1211296, interference: 1.001}
      - {sms: 16, runs: 15, p50_ns: 556554, p99_ns: 592005, max_ns: 592005, wcet_ns: 710406}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 907547, p99_ns: 1199782, max_ns: 1199782, wcet_ns: 1439739}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1561222, p99_ns: 2121642, max_ns: 2121642, wcet_ns: 2545971}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2090010, p99_ns: 3140971, max_ns: 3140971, wcet_ns: 3769166}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1565885
    p50_ns: 1569420
    p99_ns: 1587205
    p999_ns: 1587205
    max_ns: 1587205
    wcet_ns: 1904646
    curve:
      - {sms: 4, runs: 15, p50_ns: 1569096, p99_ns: 1583882, max_ns: 1583882, wcet_ns: 1900659, interference: 1.0196}
      - {sms: 8, runs: 15, p50_ns: 812392, p99_ns: 835445, max_ns: 835445, wcet_ns: 1002534, interference: 1.0462}
      - {sms: 16, runs: 15, p50_ns: 479450, p99_ns: 500062, max_ns: 500062, wcet_ns: 600075}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1050748, p99_ns: 1292804, max_ns: 1292804, wcet_ns: 1551365}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1403806, p99_ns: 1741292, max_ns: 1741292, wcet_ns: 2089551}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2167083, p99_ns: 2847531, max_ns: 2847531, wcet_ns: 3417038}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 2174542
    p50_ns: 2176080
    p99_ns: 2196842
    p999_ns: 2196842
    max_ns: 2196842
    wcet_ns: 2636211
    curve:
      - {sms: 4, runs: 15, p50_ns: 2176096, p99_ns: 2194435, max_ns: 2194435, wcet_ns: 2633322, interference: 1.0206}
      - {sms: 8, runs: 15, p50_ns: 1138979, p99_ns: 1160171, max_ns: 1160171, wcet_ns: 1392206, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 669842, p99_ns: 694468, max_ns: 694468, wcet_ns: 833362}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1032492, p99_ns: 1521330, max_ns: 1521330, wcet_ns: 1825596}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1948970, p99_ns: 2400369, max_ns: 2400369, wcet_ns: 2880443}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3060567, p99_ns: 4552038, max_ns: 4552038, wcet_ns: 5462446}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 5183842
    p50_ns: 5190350
    p99_ns: 5213680
    p999_ns: 5213680
    max_ns: 5213680
    wcet_ns: 6256416
    curve:
      - {sms: 4, runs: 15, p50_ns: 5192038, p99_ns: 5208638, max_ns: 5208638, wcet_ns: 6250366, interference: 1.0096}
      - {sms: 8, runs: 15, p50_ns: 2636779, p99_ns: 2672531, max_ns: 2672531, wcet_ns: 3207038, interference: 1.0048}
      - {sms: 16, runs: 15, p50_ns: 1459648, p99_ns: 1487318, max_ns: 1487318, wcet_ns: 1784782}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 2335846, p99_ns: 2739550, max_ns: 2739550, wcet_ns: 3287460}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 3496623, p99_ns: 4597919, max_ns: 4597919, wcet_ns: 5517503}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3819710, p99_ns: 4728103, max_ns: 4728103, wcet_ns: 5673724}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 3892214
    p50_ns: 3899086
    p99_ns: 3911793
    p999_ns: 3911793
    max_ns: 3911793
    wcet_ns: 4694152
    curve:
      - {sms: 4, runs: 15, p50_ns: 3899406, p99_ns: 3943155, max_ns: 3943155, wcet_ns: 4731786, interference: 1.0106}
      - {sms: 8, runs: 15, p50_ns: 1994249, p99_ns: 2037035, max_ns: 2037035, wcet_ns: 2444442, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 1098103, p99_ns: 1106803, max_ns: 1106803, wcet_ns: 1328164}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1835071, p99_ns: 2140264, max_ns: 2140264, wcet_ns: 2568317}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2889556, p99_ns: 3898628, max_ns: 3898628, wcet_ns: 4678354}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3037135, p99_ns: 3993374, max_ns: 3993374, wcet_ns: 4792049}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 3034217
    p50_ns: 3039691
    p99_ns: 3067341
    p999_ns: 3067341
    max_ns: 3067341
    wcet_ns: 3680810
    curve:
      - {sms: 4, runs: 15, p50_ns: 3051659, p99_ns: 3087591, max_ns: 3087591, wcet_ns: 3705110, interference: 1.0003}
      - {sms: 8, runs: 15, p50_ns: 1554969, p99_ns: 1570604, max_ns: 1570604, wcet_ns: 1884725, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 866407, p99_ns: 874508, max_ns: 874508, wcet_ns: 1049410}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1374331, p99_ns: 1556650, max_ns: 1556650, wcet_ns: 1867980}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2290556, p99_ns: 2797152, max_ns: 2797152, wcet_ns: 3356583}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2556393, p99_ns: 3571301, max_ns: 3571301, wcet_ns: 4285562}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 1305747
    p50_ns: 1307761
    p99_ns: 1337663
    p999_ns: 1337663
    max_ns: 1337663
    wcet_ns: 1605196
    curve:
      - {sms: 4, runs: 15, p50_ns: 1322175, p99_ns: 1353378, max_ns: 1353378, wcet_ns: 1624054, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 678682, p99_ns: 720440, max_ns: 720440, wcet_ns: 864528, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 394023, p99_ns: 418730, max_ns: 418730, wcet_ns: 502476}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 688960, p99_ns: 1076949, max_ns: 1076949, wcet_ns: 1292339}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 959165, p99_ns: 1877371, max_ns: 1877371, wcet_ns: 2252846}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1519963, p99_ns: 2780741, max_ns: 2780741, wcet_ns: 3336890}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 3037579
    p50_ns: 3058838
    p99_ns: 3076169
    p999_ns: 3076169
    max_ns: 3076169
    wcet_ns: 3691403
    curve:
      - {sms: 4, runs: 15, p50_ns: 3063047, p99_ns: 3111466, max_ns: 3111466, wcet_ns: 3733760, interference: 1.0037}
      - {sms: 8, runs: 15, p50_ns: 1563012, p99_ns: 1587558, max_ns: 1587558, wcet_ns: 1905070, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 865653, p99_ns: 876894, max_ns: 876894, wcet_ns: 1052273}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1105453, p99_ns: 1799134, max_ns: 1799134, wcet_ns: 2158961}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2009520, p99_ns: 2610880, max_ns: 2610880, wcet_ns: 3133056}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2628927, p99_ns: 4118989, max_ns: 4118989, wcet_ns: 4942787}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 3034396
    p50_ns: 3041664
    p99_ns: 3051368
    p999_ns: 3051368
    max_ns: 3051368
    wcet_ns: 3661642
    curve:
      - {sms: 4, runs: 15, p50_ns: 3040681, p99_ns: 3055791, max_ns: 3055791, wcet_ns: 3666950, interference: 1.0077}
      - {sms: 8, runs: 15, p50_ns: 1553946, p99_ns: 1570556, max_ns: 1570556, wcet_ns: 1884668, interference: 1.0011}
      - {sms: 16, runs: 15, p50_ns: 867301, p99_ns: 874277, max_ns: 874277, wcet_ns: 1049133}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1498071, p99_ns: 1790000, max_ns: 1790000, wcet_ns: 2148000}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2055886, p99_ns: 3323408, max_ns: 3323408, wcet_ns: 3988090}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2418889, p99_ns: 3820761, max_ns: 3820761, wcet_ns: 4584914}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 2605070
    p50_ns: 2607855
    p99_ns: 2621430
    p999_ns: 2621430
    max_ns: 2621430
    wcet_ns: 3145716
    curve:
      - {sms: 4, runs: 15, p50_ns: 2648783, p99_ns: 2666314, max_ns: 2666314, wcet_ns: 3199577, interference: 1.0237}
      - {sms: 8, runs: 15, p50_ns: 1381035, p99_ns: 1402778, max_ns: 1402778, wcet_ns: 1683334, interference: 1.0098}
      - {sms: 16, runs: 15, p50_ns: 890236, p99_ns: 900516, max_ns: 900516, wcet_ns: 1080620}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1523504, p99_ns: 1656808, max_ns: 1656808, wcet_ns: 1988170}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2585866, p99_ns: 3260655, max_ns: 3260655, wcet_ns: 3912786}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3010185, p99_ns: 3874014, max_ns: 3874014, wcet_ns: 4648817}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 3463684
    p50_ns: 3475381
    p99_ns: 3492492
    p999_ns: 3492492
    max_ns: 3492492
    wcet_ns: 4190991
    curve:
      - {sms: 4, runs: 15, p50_ns: 3480766, p99_ns: 3540459, max_ns: 3540459, wcet_ns: 4248551, interference: 1.0097}
      - {sms: 8, runs: 15, p50_ns: 1805163, p99_ns: 1821235, max_ns: 1821235, wcet_ns: 2185482, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 1070152, p99_ns: 1082739, max_ns: 1082739, wcet_ns: 1299287}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 2050976, p99_ns: 2233198, max_ns: 2233198, wcet_ns: 2679838}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2867375, p99_ns: 4068474, max_ns: 4068474, wcet_ns: 4882169}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3531679, p99_ns: 4446390, max_ns: 4446390, wcet_ns: 5335668}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 2171891
    p50_ns: 2174659
    p99_ns: 2185352
    p999_ns: 2185352
    max_ns: 2185352
    wcet_ns: 2622423
    curve:
      - {sms: 4, runs: 15, p50_ns: 2178253, p99_ns: 2213062, max_ns: 2213062, wcet_ns: 2655675, interference: 1.0166}
      - {sms: 8, runs: 15, p50_ns: 1117315, p99_ns: 1136540, max_ns: 1136540, wcet_ns: 1363848, interference: 1.0491}
      - {sms: 16, runs: 15, p50_ns: 760369, p99_ns: 780244, max_ns: 780244, wcet_ns: 936293}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1420271, p99_ns: 1620370, max_ns: 1620370, wcet_ns: 1944444}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1791508, p99_ns: 2853982, max_ns: 2853982, wcet_ns: 3424779}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2768765, p99_ns: 3683139, max_ns: 3683139, wcet_ns: 4419767}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 5185686
    p50_ns: 5191992
    p99_ns: 5205475
    p999_ns: 5205475
    max_ns: 5205475
    wcet_ns: 6246570
    curve:
      - {sms: 4, runs: 15, p50_ns: 5211797, p99_ns: 5241933, max_ns: 5241933, wcet_ns: 6290320, interference: 1.0137}
      - {sms: 8, runs: 15, p50_ns: 2693700, p99_ns: 2753546, max_ns: 2753546, wcet_ns: 3304256, interference: 1.0107}
      - {sms: 16, runs: 15, p50_ns: 1735612, p99_ns: 1745159, max_ns: 1745159, wcet_ns: 2094191}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 2622812, p99_ns: 3385163, max_ns: 3385163, wcet_ns: 4062196}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 4512068, p99_ns: 5018508, max_ns: 5018508, wcet_ns: 6022210}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 5207268, p99_ns: 5868836, max_ns: 5868836, wcet_ns: 7042604}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 8620674
    p50_ns: 8639612
    p99_ns: 8677324
    p999_ns: 8677324
    max_ns: 8677324
    wcet_ns: 10412789
    curve:
      - {sms: 4, runs: 15, p50_ns: 8634458, p99_ns: 8692853, max_ns: 8692853, wcet_ns: 10431424, interference: 1.0106}
      - {sms: 8, runs: 15, p50_ns: 4380021, p99_ns: 4395953, max_ns: 4395953, wcet_ns: 5275144, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 2565130, p99_ns: 2577138, max_ns: 2577138, wcet_ns: 3092566}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 4376769, p99_ns: 4759192, max_ns: 4759192, wcet_ns: 5711031}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 5646260, p99_ns: 6408153, max_ns: 6408153, wcet_ns: 7689784}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 6792953, p99_ns: 7795872, max_ns: 7795872, wcet_ns: 9355047}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 6041432
    p50_ns: 6046260
    p99_ns: 6068526
    p999_ns: 6068526
    max_ns: 6068526
    wcet_ns: 7282232
    curve:
      - {sms: 4, runs: 15, p50_ns: 6045150, p99_ns: 6074038, max_ns: 6074038, wcet_ns: 7288846, interference: 1.0116}
      - {sms: 8, runs: 15, p50_ns: 3077518, p99_ns: 3097375, max_ns: 3097375, wcet_ns: 3716850, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 1801497, p99_ns: 1806979, max_ns: 1806979, wcet_ns: 2168375}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 3104926, p99_ns: 3878797, max_ns: 3878797, wcet_ns: 4654557}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 4287931, p99_ns: 5166931, max_ns: 5166931, wcet_ns: 6200318}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 5679489, p99_ns: 6505568, max_ns: 6505568, wcet_ns: 7806682}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 6904860
    p50_ns: 6912447
    p99_ns: 6959014
    p999_ns: 6959014
    max_ns: 6959014
    wcet_ns: 8350817
    curve:
      - {sms: 4, runs: 15, p50_ns: 6951994, p99_ns: 6996389, max_ns: 6996389, wcet_ns: 8395667, interference: 1.0031}
      - {sms: 8, runs: 15, p50_ns: 3569464, p99_ns: 3594151, max_ns: 3594151, wcet_ns: 4312982, interference: 1.0177}
      - {sms: 16, runs: 15, p50_ns: 2309743, p99_ns: 2321541, max_ns: 2321541, wcet_ns: 2785850}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 3465843, p99_ns: 3780585, max_ns: 3780585, wcet_ns: 4536702}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 5557363, p99_ns: 6008194, max_ns: 6008194, wcet_ns: 7209833}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 6423505, p99_ns: 7105517, max_ns: 7105517, wcet_ns: 8526621}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 7773446
    p50_ns: 7788019
    p99_ns: 7811342
    p999_ns: 7811342
    max_ns: 7811342
    wcet_ns: 9373611
    curve:
      - {sms: 4, runs: 15, p50_ns: 7767059, p99_ns: 7838666, max_ns: 7838666, wcet_ns: 9406400, interference: 1.0074}
      - {sms: 8, runs: 15, p50_ns: 3942995, p99_ns: 3965536, max_ns: 3965536, wcet_ns: 4758644, interference: 1.0014}
      - {sms: 16, runs: 15, p50_ns: 2338068, p99_ns: 2362203, max_ns: 2362203, wcet_ns: 2834644}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 3689099, p99_ns: 3985170, max_ns: 3985170, wcet_ns: 4782204}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 5127284, p99_ns: 6335932, max_ns: 6335932, wcet_ns: 7603119}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 6530163, p99_ns: 7387390, max_ns: 7387390, wcet_ns: 8864868}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 4322876
    p50_ns: 4328107
    p99_ns: 4341718
    p999_ns: 4341718
    max_ns: 4341718
    wcet_ns: 5210062
    curve:
      - {sms: 4, runs: 15, p50_ns: 4331199, p99_ns: 4353333, max_ns: 4353333, wcet_ns: 5224000, interference: 1.0164}
      - {sms: 8, runs: 15, p50_ns: 2207191, p99_ns: 2223214, max_ns: 2223214, wcet_ns: 2667857, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 1219114, p99_ns: 1233781, max_ns: 1233781, wcet_ns: 1480538}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1801429, p99_ns: 2387326, max_ns: 2387326, wcet_ns: 2864792}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 3057249, p99_ns: 3560941, max_ns: 3560941, wcet_ns: 4273130}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3471347, p99_ns: 3886069, max_ns: 3886069, wcet_ns: 4663283}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 3461967
    p50_ns: 3464207
    p99_ns: 3502660
    p999_ns: 3502660
    max_ns: 3502660
    wcet_ns: 4203192
    curve:
      - {sms: 4, runs: 15, p50_ns: 3472483, p99_ns: 3494025, max_ns: 3494025, wcet_ns: 4192830, interference: 1.0217}
      - {sms: 8, runs: 15, p50_ns: 1805562, p99_ns: 1821650, max_ns: 1821650, wcet_ns: 2185980, interference: 1.0271}
      - {sms: 16, runs: 15, p50_ns: 1174405, p99_ns: 1188263, max_ns: 1188263, wcet_ns: 1425916}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1932350, p99_ns: 2227868, max_ns: 2227868, wcet_ns: 2673442}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 3268875, p99_ns: 5586744, max_ns: 5586744, wcet_ns: 6704093}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 4231581, p99_ns: 4826273, max_ns: 4826273, wcet_ns: 5791528}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 2597299
    p50_ns: 2601534
    p99_ns: 2616918
    p999_ns: 2616918
    max_ns: 2616918
    wcet_ns: 3140302
    curve:
      - {sms: 4, runs: 15, p50_ns: 2600781, p99_ns: 2616454, max_ns: 2616454, wcet_ns: 3139745, interference: 1.0015}
      - {sms: 8, runs: 15, p50_ns: 1323917, p99_ns: 1347374, max_ns: 1347374, wcet_ns: 1616849, interference: 1.0267}
      - {sms: 16, runs: 15, p50_ns: 783711, p99_ns: 801720, max_ns: 801720, wcet_ns: 962064}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1073638, p99_ns: 1518777, max_ns: 1518777, wcet_ns: 1822533}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1871783, p99_ns: 2809355, max_ns: 2809355, wcet_ns: 3371226}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2258227, p99_ns: 3168805, max_ns: 3168805, wcet_ns: 3802566}
