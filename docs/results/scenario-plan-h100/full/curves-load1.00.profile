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
dispatch_overhead: {p50_ns: 330, p99_ns: 4280, max_ns: 4416}
device_memory: {driver_fixed: 72155136, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0, device_other: 503316480}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 516222
    p50_ns: 518562
    p99_ns: 533274
    p999_ns: 533274
    max_ns: 533274
    wcet_ns: 639929
    curve:
      - {sms: 4, runs: 15, p50_ns: 518690, p99_ns: 530230, max_ns: 530230, wcet_ns: 636276, interference: 1.0272}
      - {sms: 8, runs: 15, p50_ns: 276865, p99_ns: 305215, max_ns: 305215, wcet_ns: 366258, interference: 1.0533}
      - {sms: 16, runs: 15, p50_ns: 169568, p99_ns: 184921, max_ns: 184921, wcet_ns: 221906}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 241621, p99_ns: 302658, max_ns: 302658, wcet_ns: 363190}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 375024, p99_ns: 615548, max_ns: 615548, wcet_ns: 738658}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 659155, p99_ns: 853279, max_ns: 853279, wcet_ns: 1023935}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 765690
    p50_ns: 768621
    p99_ns: 787841
    p999_ns: 787841
    max_ns: 787841
    wcet_ns: 945410
    curve:
      - {sms: 4, runs: 15, p50_ns: 774975, p99_ns: 790771, max_ns: 790771, wcet_ns: 948926, interference: 1.012}
      - {sms: 8, runs: 15, p50_ns: 405640, p99_ns: 426544, max_ns: 426544, wcet_ns: 511853, interference: 1.0128}
      - {sms: 16, runs: 15, p50_ns: 243347, p99_ns: 269868, max_ns: 269868, wcet_ns: 323842}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 352348, p99_ns: 449693, max_ns: 449693, wcet_ns: 539632}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 549925, p99_ns: 697380, max_ns: 697380, wcet_ns: 836856}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 790225, p99_ns: 1114983, max_ns: 1114983, wcet_ns: 1337980}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 470159
    p50_ns: 471910
    p99_ns: 484227
    p999_ns: 484227
    max_ns: 484227
    wcet_ns: 581073
    curve:
      - {sms: 4, runs: 15, p50_ns: 471341, p99_ns: 487247, max_ns: 487247, wcet_ns: 584697, interference: 1.0112}
      - {sms: 8, runs: 15, p50_ns: 252067, p99_ns: 288806, max_ns: 288806, wcet_ns: 346568, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 154340, p99_ns: 171055, max_ns: 171055, wcet_ns: 205266}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 239279, p99_ns: 332982, max_ns: 332982, wcet_ns: 399579}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 409674, p99_ns: 744901, max_ns: 744901, wcet_ns: 893882}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 546729, p99_ns: 1318623, max_ns: 1318623, wcet_ns: 1582348}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 342788
    p50_ns: 344856
    p99_ns: 375404
    p999_ns: 375404
    max_ns: 375404
    wcet_ns: 450485
    curve:
      - {sms: 4, runs: 15, p50_ns: 345898, p99_ns: 356515, max_ns: 356515, wcet_ns: 427818, interference: 1.0067}
      - {sms: 8, runs: 15, p50_ns: 190173, p99_ns: 208550, max_ns: 208550, wcet_ns: 250260, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 121135, p99_ns: 137006, max_ns: 137006, wcet_ns: 164408}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 191408, p99_ns: 285148, max_ns: 285148, wcet_ns: 342178}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 231243, p99_ns: 398703, max_ns: 398703, wcet_ns: 478444}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 418944, p99_ns: 1057639, max_ns: 1057639, wcet_ns: 1269167}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1120859
    p50_ns: 1123589
    p99_ns: 1137797
    p999_ns: 1137797
    max_ns: 1137797
    wcet_ns: 1365357
    curve:
      - {sms: 4, runs: 15, p50_ns: 1131455, p99_ns: 1143253, max_ns: 1143253, wcet_ns: 1371904, interference: 1.014}
      - {sms: 8, runs: 15, p50_ns: 588473, p99_ns: 601885, max_ns: 601885, wcet_ns: 722262, interference: 1.0447}
      - {sms: 16, runs: 15, p50_ns: 332254, p99_ns: 351078, max_ns: 351078, wcet_ns: 421294}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 544831, p99_ns: 860685, max_ns: 860685, wcet_ns: 1032822}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 686629, p99_ns: 1324193, max_ns: 1324193, wcet_ns: 1589032}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1171323, p99_ns: 1822440, max_ns: 1822440, wcet_ns: 2186928}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 921856
    p50_ns: 935793
    p99_ns: 949441
    p999_ns: 949441
    max_ns: 949441
    wcet_ns: 1139330
    curve:
      - {sms: 4, runs: 15, p50_ns: 922712, p99_ns: 959462, max_ns: 959462, wcet_ns: 1151355, interference: 1.0296}
      - {sms: 8, runs: 15, p50_ns: 491619, p99_ns: 513191, max_ns: 513191, wcet_ns: 615830, interference: 1.0168}
      - {sms: 16, runs: 15, p50_ns: 292444, p99_ns: 303910, max_ns: 303910, wcet_ns: 364692}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 567082, p99_ns: 757748, max_ns: 757748, wcet_ns: 909298}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1040452, p99_ns: 1309299, max_ns: 1309299, wcet_ns: 1571159}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1341207, p99_ns: 1616489, max_ns: 1616489, wcet_ns: 1939787}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1268462
    p50_ns: 1273270
    p99_ns: 1325041
    p999_ns: 1325041
    max_ns: 1325041
    wcet_ns: 1590050
    curve:
      - {sms: 4, runs: 15, p50_ns: 1272223, p99_ns: 1325461, max_ns: 1325461, wcet_ns: 1590554, interference: 1.0223}
      - {sms: 8, runs: 15, p50_ns: 673392, p99_ns: 694209, max_ns: 694209, wcet_ns: 833051, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 415508, p99_ns: 439966, max_ns: 439966, wcet_ns: 527960}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 776867, p99_ns: 1022400, max_ns: 1022400, wcet_ns: 1226880}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1228573, p99_ns: 1496278, max_ns: 1496278, wcet_ns: 1795534}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1750612, p99_ns: 2250663, max_ns: 2250663, wcet_ns: 2700796}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 3019195
    p50_ns: 3024013
    p99_ns: 3043348
    p999_ns: 3043348
    max_ns: 3043348
    wcet_ns: 3652018
    curve:
      - {sms: 4, runs: 15, p50_ns: 3023684, p99_ns: 3039717, max_ns: 3039717, wcet_ns: 3647661, interference: 1.0082}
      - {sms: 8, runs: 15, p50_ns: 1544644, p99_ns: 1553471, max_ns: 1553471, wcet_ns: 1864166, interference: 1.0054}
      - {sms: 16, runs: 15, p50_ns: 864691, p99_ns: 895875, max_ns: 895875, wcet_ns: 1075050}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1403828, p99_ns: 1589257, max_ns: 1589257, wcet_ns: 1907109}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1760180, p99_ns: 2172679, max_ns: 2172679, wcet_ns: 2607215}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2235993, p99_ns: 2796576, max_ns: 2796576, wcet_ns: 3355892}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 2273999
    p50_ns: 2278244
    p99_ns: 2291034
    p999_ns: 2291034
    max_ns: 2291034
    wcet_ns: 2749241
    curve:
      - {sms: 4, runs: 15, p50_ns: 2281879, p99_ns: 2303483, max_ns: 2303483, wcet_ns: 2764180, interference: 1.0099}
      - {sms: 8, runs: 15, p50_ns: 1174578, p99_ns: 1193862, max_ns: 1193862, wcet_ns: 1432635, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 663417, p99_ns: 675004, max_ns: 675004, wcet_ns: 810005}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1085273, p99_ns: 1219114, max_ns: 1219114, wcet_ns: 1462937}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1443869, p99_ns: 1798279, max_ns: 1798279, wcet_ns: 2157935}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1799624, p99_ns: 2289465, max_ns: 2289465, wcet_ns: 2747358}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 1772212
    p50_ns: 1779778
    p99_ns: 1803548
    p999_ns: 1803548
    max_ns: 1803548
    wcet_ns: 2164258
    curve:
      - {sms: 4, runs: 15, p50_ns: 1776571, p99_ns: 1794999, max_ns: 1794999, wcet_ns: 2153999, interference: 1.0032}
      - {sms: 8, runs: 15, p50_ns: 920157, p99_ns: 930820, max_ns: 930820, wcet_ns: 1116984, interference: 1.006}
      - {sms: 16, runs: 15, p50_ns: 527183, p99_ns: 532791, max_ns: 532791, wcet_ns: 639350}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 862682, p99_ns: 1074937, max_ns: 1074937, wcet_ns: 1289925}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1250411, p99_ns: 1657633, max_ns: 1657633, wcet_ns: 1989160}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1391925, p99_ns: 2283201, max_ns: 2283201, wcet_ns: 2739842}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 769506
    p50_ns: 771844
    p99_ns: 797518
    p999_ns: 797518
    max_ns: 797518
    wcet_ns: 957022
    curve:
      - {sms: 4, runs: 15, p50_ns: 769419, p99_ns: 784061, max_ns: 784061, wcet_ns: 940874, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 401324, p99_ns: 420033, max_ns: 420033, wcet_ns: 504040, interference: 1.0259}
      - {sms: 16, runs: 15, p50_ns: 238587, p99_ns: 263638, max_ns: 263638, wcet_ns: 316366}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 444830, p99_ns: 628171, max_ns: 628171, wcet_ns: 753806}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 639382, p99_ns: 878881, max_ns: 878881, wcet_ns: 1054658}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 894118, p99_ns: 1194789, max_ns: 1194789, wcet_ns: 1433747}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1774027
    p50_ns: 1785785
    p99_ns: 1853803
    p999_ns: 1853803
    max_ns: 1853803
    wcet_ns: 2224564
    curve:
      - {sms: 4, runs: 15, p50_ns: 1791911, p99_ns: 1849609, max_ns: 1849609, wcet_ns: 2219531, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 919195, p99_ns: 929606, max_ns: 929606, wcet_ns: 1115528, interference: 1.0004}
      - {sms: 16, runs: 15, p50_ns: 525137, p99_ns: 532384, max_ns: 532384, wcet_ns: 638861}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 853362, p99_ns: 1037825, max_ns: 1037825, wcet_ns: 1245390}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1153078, p99_ns: 1498550, max_ns: 1498550, wcet_ns: 1798260}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1540061, p99_ns: 1830997, max_ns: 1830997, wcet_ns: 2197197}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1771985
    p50_ns: 1776549
    p99_ns: 1790931
    p999_ns: 1790931
    max_ns: 1790931
    wcet_ns: 2149118
    curve:
      - {sms: 4, runs: 15, p50_ns: 1802813, p99_ns: 1817605, max_ns: 1817605, wcet_ns: 2181126, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 919205, p99_ns: 936373, max_ns: 936373, wcet_ns: 1123648, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 523700, p99_ns: 531756, max_ns: 531756, wcet_ns: 638108}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 778847, p99_ns: 921647, max_ns: 921647, wcet_ns: 1105977}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1255602, p99_ns: 1610602, max_ns: 1610602, wcet_ns: 1932723}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1621533, p99_ns: 1907072, max_ns: 1907072, wcet_ns: 2288487}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1515358
    p50_ns: 1518742
    p99_ns: 1564394
    p999_ns: 1564394
    max_ns: 1564394
    wcet_ns: 1877273
    curve:
      - {sms: 4, runs: 15, p50_ns: 1520154, p99_ns: 1577098, max_ns: 1577098, wcet_ns: 1892518, interference: 1.021}
      - {sms: 8, runs: 15, p50_ns: 812182, p99_ns: 826227, max_ns: 826227, wcet_ns: 991473, interference: 1.042}
      - {sms: 16, runs: 15, p50_ns: 529269, p99_ns: 546580, max_ns: 546580, wcet_ns: 655896}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 955206, p99_ns: 1140909, max_ns: 1140909, wcet_ns: 1369091}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1462913, p99_ns: 1644903, max_ns: 1644903, wcet_ns: 1973884}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1908436, p99_ns: 2725875, max_ns: 2725875, wcet_ns: 3271050}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 2026947
    p50_ns: 2032371
    p99_ns: 2050308
    p999_ns: 2050308
    max_ns: 2050308
    wcet_ns: 2460370
    curve:
      - {sms: 4, runs: 15, p50_ns: 2028497, p99_ns: 2045809, max_ns: 2045809, wcet_ns: 2454971, interference: 1.0105}
      - {sms: 8, runs: 15, p50_ns: 1046895, p99_ns: 1056638, max_ns: 1056638, wcet_ns: 1267966, interference: 1.0057}
      - {sms: 16, runs: 15, p50_ns: 624209, p99_ns: 630722, max_ns: 630722, wcet_ns: 756867}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 887651, p99_ns: 1211772, max_ns: 1211772, wcet_ns: 1454127}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1559266, p99_ns: 1915133, max_ns: 1915133, wcet_ns: 2298160}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2116641, p99_ns: 2536218, max_ns: 2536218, wcet_ns: 3043462}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1262055
    p50_ns: 1265018
    p99_ns: 1324187
    p999_ns: 1324187
    max_ns: 1324187
    wcet_ns: 1589025
    curve:
      - {sms: 4, runs: 15, p50_ns: 1265538, p99_ns: 1312364, max_ns: 1312364, wcet_ns: 1574837, interference: 1.0284}
      - {sms: 8, runs: 15, p50_ns: 659534, p99_ns: 667349, max_ns: 667349, wcet_ns: 800819, interference: 1.0591}
      - {sms: 16, runs: 15, p50_ns: 443546, p99_ns: 450574, max_ns: 450574, wcet_ns: 540689}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 670841, p99_ns: 859503, max_ns: 859503, wcet_ns: 1031404}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1020380, p99_ns: 1451688, max_ns: 1451688, wcet_ns: 1742026}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1473205, p99_ns: 1980232, max_ns: 1980232, wcet_ns: 2376279}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 3008889
    p50_ns: 3010725
    p99_ns: 3035007
    p999_ns: 3035007
    max_ns: 3035007
    wcet_ns: 3642009
    curve:
      - {sms: 4, runs: 15, p50_ns: 3015030, p99_ns: 3042634, max_ns: 3042634, wcet_ns: 3651161, interference: 1.0112}
      - {sms: 8, runs: 15, p50_ns: 1574272, p99_ns: 1614506, max_ns: 1614506, wcet_ns: 1937408, interference: 1.024}
      - {sms: 16, runs: 15, p50_ns: 1025362, p99_ns: 1041046, max_ns: 1041046, wcet_ns: 1249256}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1818395, p99_ns: 1983201, max_ns: 1983201, wcet_ns: 2379842}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2552329, p99_ns: 3209221, max_ns: 3209221, wcet_ns: 3851066}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3166484, p99_ns: 4149609, max_ns: 4149609, wcet_ns: 4979531}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 5011401
    p50_ns: 5027267
    p99_ns: 5064703
    p999_ns: 5064703
    max_ns: 5064703
    wcet_ns: 6077644
    curve:
      - {sms: 4, runs: 15, p50_ns: 5012617, p99_ns: 5048231, max_ns: 5048231, wcet_ns: 6057878, interference: 1.0137}
      - {sms: 8, runs: 15, p50_ns: 2558451, p99_ns: 2573981, max_ns: 2573981, wcet_ns: 3088778, interference: 1.0118}
      - {sms: 16, runs: 15, p50_ns: 1517699, p99_ns: 1542706, max_ns: 1542706, wcet_ns: 1851248}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 2349843, p99_ns: 2810521, max_ns: 2810521, wcet_ns: 3372626}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 3234609, p99_ns: 3655130, max_ns: 3655130, wcet_ns: 4386156}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3962308, p99_ns: 4808507, max_ns: 4808507, wcet_ns: 5770209}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 3522838
    p50_ns: 3526578
    p99_ns: 3583226
    p999_ns: 3583226
    max_ns: 3583226
    wcet_ns: 4299872
    curve:
      - {sms: 4, runs: 15, p50_ns: 3530035, p99_ns: 3559378, max_ns: 3559378, wcet_ns: 4271254, interference: 1.0136}
      - {sms: 8, runs: 15, p50_ns: 1813463, p99_ns: 1833197, max_ns: 1833197, wcet_ns: 2199837, interference: 1.0001}
      - {sms: 16, runs: 15, p50_ns: 1076641, p99_ns: 1087482, max_ns: 1087482, wcet_ns: 1304979}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1638806, p99_ns: 2019541, max_ns: 2019541, wcet_ns: 2423450}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2536713, p99_ns: 2979152, max_ns: 2979152, wcet_ns: 3574983}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2988898, p99_ns: 3412173, max_ns: 3412173, wcet_ns: 4094608}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 4022017
    p50_ns: 4026350
    p99_ns: 4047779
    p999_ns: 4047779
    max_ns: 4047779
    wcet_ns: 4857335
    curve:
      - {sms: 4, runs: 15, p50_ns: 4026829, p99_ns: 4043550, max_ns: 4043550, wcet_ns: 4852260, interference: 1.0138}
      - {sms: 8, runs: 15, p50_ns: 2088219, p99_ns: 2105656, max_ns: 2105656, wcet_ns: 2526788, interference: 1.0193}
      - {sms: 16, runs: 15, p50_ns: 1361947, p99_ns: 1373586, max_ns: 1373586, wcet_ns: 1648304}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 2184840, p99_ns: 2400897, max_ns: 2400897, wcet_ns: 2881077}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 3328611, p99_ns: 3772290, max_ns: 3772290, wcet_ns: 4526748}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3661316, p99_ns: 4297337, max_ns: 4297337, wcet_ns: 5156805}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 4516199
    p50_ns: 4518195
    p99_ns: 4545782
    p999_ns: 4545782
    max_ns: 4545782
    wcet_ns: 5454939
    curve:
      - {sms: 4, runs: 15, p50_ns: 4523831, p99_ns: 4551378, max_ns: 4551378, wcet_ns: 5461654, interference: 1.0102}
      - {sms: 8, runs: 15, p50_ns: 2312947, p99_ns: 2324641, max_ns: 2324641, wcet_ns: 2789570, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 1376109, p99_ns: 1418371, max_ns: 1418371, wcet_ns: 1702046}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 2168329, p99_ns: 2424491, max_ns: 2424491, wcet_ns: 2909390}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2966083, p99_ns: 3452155, max_ns: 3452155, wcet_ns: 4142586}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3661586, p99_ns: 4795184, max_ns: 4795184, wcet_ns: 5754221}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 2557866
    p50_ns: 2565557
    p99_ns: 2596668
    p999_ns: 2596668
    max_ns: 2596668
    wcet_ns: 3116002
    curve:
      - {sms: 4, runs: 15, p50_ns: 2521415, p99_ns: 2552076, max_ns: 2552076, wcet_ns: 3062492, interference: 1.0066}
      - {sms: 8, runs: 15, p50_ns: 1292088, p99_ns: 1304787, max_ns: 1304787, wcet_ns: 1565745, interference: 1.0213}
      - {sms: 16, runs: 15, p50_ns: 728814, p99_ns: 735223, max_ns: 735223, wcet_ns: 882268}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 942440, p99_ns: 1189307, max_ns: 1189307, wcet_ns: 1427169}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1737455, p99_ns: 2462576, max_ns: 2462576, wcet_ns: 2955092}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1901981, p99_ns: 2249135, max_ns: 2249135, wcet_ns: 2698962}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 2027482
    p50_ns: 2040934
    p99_ns: 2064052
    p999_ns: 2064052
    max_ns: 2064052
    wcet_ns: 2476863
    curve:
      - {sms: 4, runs: 15, p50_ns: 2040254, p99_ns: 2073135, max_ns: 2073135, wcet_ns: 2487762, interference: 1.0173}
      - {sms: 8, runs: 15, p50_ns: 1075047, p99_ns: 1096261, max_ns: 1096261, wcet_ns: 1315514, interference: 1.0115}
      - {sms: 16, runs: 15, p50_ns: 687512, p99_ns: 697259, max_ns: 697259, wcet_ns: 836711}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1198765, p99_ns: 1511439, max_ns: 1511439, wcet_ns: 1813727}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1901435, p99_ns: 2134960, max_ns: 2134960, wcet_ns: 2561952}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2261520, p99_ns: 3485089, max_ns: 3485089, wcet_ns: 4182107}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 1517112
    p50_ns: 1520888
    p99_ns: 1576988
    p999_ns: 1576988
    max_ns: 1576988
    wcet_ns: 1892386
    curve:
      - {sms: 4, runs: 15, p50_ns: 1519659, p99_ns: 1534035, max_ns: 1534035, wcet_ns: 1840842, interference: 1.0062}
      - {sms: 8, runs: 15, p50_ns: 784822, p99_ns: 813218, max_ns: 813218, wcet_ns: 975862, interference: 1.0417}
      - {sms: 16, runs: 15, p50_ns: 469554, p99_ns: 481885, max_ns: 481885, wcet_ns: 578262}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 626529, p99_ns: 880988, max_ns: 880988, wcet_ns: 1057186}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1031808, p99_ns: 1425486, max_ns: 1425486, wcet_ns: 1710584}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1497925, p99_ns: 2120423, max_ns: 2120423, wcet_ns: 2544508}
