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
dispatch_overhead: {p50_ns: 732, p99_ns: 5896, max_ns: 25413}
device_memory: {driver_fixed: 3448569856, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 592333
    p50_ns: 594905
    p99_ns: 622793
    p999_ns: 622793
    max_ns: 622793
    wcet_ns: 747352
    curve:
      - {sms: 4, runs: 30, p50_ns: 602956, p99_ns: 636348, max_ns: 636348, wcet_ns: 763618}
      - {sms: 8, runs: 30, p50_ns: 322824, p99_ns: 360654, max_ns: 360654, wcet_ns: 432785}
      - {sms: 16, runs: 30, p50_ns: 197833, p99_ns: 238489, max_ns: 238489, wcet_ns: 286187}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 892078
    p50_ns: 896931
    p99_ns: 934201
    p999_ns: 934201
    max_ns: 934201
    wcet_ns: 1121042
    curve:
      - {sms: 4, runs: 30, p50_ns: 896934, p99_ns: 928238, max_ns: 928238, wcet_ns: 1113886}
      - {sms: 8, runs: 30, p50_ns: 467721, p99_ns: 509342, max_ns: 509342, wcet_ns: 611211}
      - {sms: 16, runs: 30, p50_ns: 279508, p99_ns: 320795, max_ns: 320795, wcet_ns: 384954}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 541871
    p50_ns: 546974
    p99_ns: 583643
    p999_ns: 583643
    max_ns: 583643
    wcet_ns: 700372
    curve:
      - {sms: 4, runs: 30, p50_ns: 544689, p99_ns: 597221, max_ns: 597221, wcet_ns: 716666}
      - {sms: 8, runs: 30, p50_ns: 293197, p99_ns: 340733, max_ns: 340733, wcet_ns: 408880}
      - {sms: 16, runs: 30, p50_ns: 180210, p99_ns: 227050, max_ns: 227050, wcet_ns: 272460}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 395231
    p50_ns: 398747
    p99_ns: 432262
    p999_ns: 432262
    max_ns: 432262
    wcet_ns: 518715
    curve:
      - {sms: 4, runs: 30, p50_ns: 399865, p99_ns: 438700, max_ns: 438700, wcet_ns: 526440}
      - {sms: 8, runs: 30, p50_ns: 221287, p99_ns: 271030, max_ns: 271030, wcet_ns: 325236}
      - {sms: 16, runs: 30, p50_ns: 140408, p99_ns: 192284, max_ns: 192284, wcet_ns: 230741}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1310933
    p50_ns: 1327642
    p99_ns: 1398005
    p999_ns: 1398005
    max_ns: 1398005
    wcet_ns: 1677606
    curve:
      - {sms: 4, runs: 30, p50_ns: 1322197, p99_ns: 1409092, max_ns: 1409092, wcet_ns: 1690911}
      - {sms: 8, runs: 30, p50_ns: 691159, p99_ns: 735819, max_ns: 735819, wcet_ns: 882983}
      - {sms: 16, runs: 30, p50_ns: 398356, p99_ns: 428620, max_ns: 428620, wcet_ns: 514344}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1072030
    p50_ns: 1074788
    p99_ns: 1120607
    p999_ns: 1120607
    max_ns: 1120607
    wcet_ns: 1344729
    curve:
      - {sms: 4, runs: 30, p50_ns: 1076851, p99_ns: 1124958, max_ns: 1124958, wcet_ns: 1349950}
      - {sms: 8, runs: 30, p50_ns: 561770, p99_ns: 612958, max_ns: 612958, wcet_ns: 735550}
      - {sms: 16, runs: 30, p50_ns: 342102, p99_ns: 393839, max_ns: 393839, wcet_ns: 472607}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1486958
    p50_ns: 1496072
    p99_ns: 1529460
    p999_ns: 1529460
    max_ns: 1529460
    wcet_ns: 1835352
    curve:
      - {sms: 4, runs: 30, p50_ns: 1493910, p99_ns: 1532554, max_ns: 1532554, wcet_ns: 1839065}
      - {sms: 8, runs: 30, p50_ns: 784150, p99_ns: 819396, max_ns: 819396, wcet_ns: 983276}
      - {sms: 16, runs: 30, p50_ns: 479489, p99_ns: 516951, max_ns: 516951, wcet_ns: 620342}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3529411
    p50_ns: 3537173
    p99_ns: 3580938
    p999_ns: 3580938
    max_ns: 3580938
    wcet_ns: 4297126
    curve:
      - {sms: 4, runs: 30, p50_ns: 3515509, p99_ns: 3598292, max_ns: 3598292, wcet_ns: 4317951}
      - {sms: 8, runs: 30, p50_ns: 1797318, p99_ns: 1820678, max_ns: 1820678, wcet_ns: 2184814}
      - {sms: 16, runs: 30, p50_ns: 1007974, p99_ns: 1048324, max_ns: 1048324, wcet_ns: 1257989}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 2643324
    p50_ns: 2648057
    p99_ns: 2687553
    p999_ns: 2687553
    max_ns: 2687553
    wcet_ns: 3225064
    curve:
      - {sms: 4, runs: 30, p50_ns: 2648856, p99_ns: 2693771, max_ns: 2693771, wcet_ns: 3232526}
      - {sms: 8, runs: 30, p50_ns: 1355953, p99_ns: 1388699, max_ns: 1388699, wcet_ns: 1666439}
      - {sms: 16, runs: 30, p50_ns: 760849, p99_ns: 796404, max_ns: 796404, wcet_ns: 955685}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 2051308
    p50_ns: 2055230
    p99_ns: 2092658
    p999_ns: 2092658
    max_ns: 2092658
    wcet_ns: 2511190
    curve:
      - {sms: 4, runs: 30, p50_ns: 2061006, p99_ns: 2092216, max_ns: 2092216, wcet_ns: 2510660}
      - {sms: 8, runs: 30, p50_ns: 1062733, p99_ns: 1103506, max_ns: 1103506, wcet_ns: 1324208}
      - {sms: 16, runs: 30, p50_ns: 601450, p99_ns: 639705, max_ns: 639705, wcet_ns: 767646}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 896987
    p50_ns: 906103
    p99_ns: 971099
    p999_ns: 971099
    max_ns: 971099
    wcet_ns: 1165319
    curve:
      - {sms: 4, runs: 30, p50_ns: 902734, p99_ns: 948897, max_ns: 948897, wcet_ns: 1138677}
      - {sms: 8, runs: 30, p50_ns: 469596, p99_ns: 501727, max_ns: 501727, wcet_ns: 602073}
      - {sms: 16, runs: 30, p50_ns: 279486, p99_ns: 307863, max_ns: 307863, wcet_ns: 369436}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2052906
    p50_ns: 2057227
    p99_ns: 2078132
    p999_ns: 2078132
    max_ns: 2078132
    wcet_ns: 2493759
    curve:
      - {sms: 4, runs: 30, p50_ns: 2060473, p99_ns: 2078596, max_ns: 2078596, wcet_ns: 2494316}
      - {sms: 8, runs: 30, p50_ns: 1063132, p99_ns: 1101118, max_ns: 1101118, wcet_ns: 1321342}
      - {sms: 16, runs: 30, p50_ns: 602218, p99_ns: 621544, max_ns: 621544, wcet_ns: 745853}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2054454
    p50_ns: 2058638
    p99_ns: 2097632
    p999_ns: 2097632
    max_ns: 2097632
    wcet_ns: 2517159
    curve:
      - {sms: 4, runs: 30, p50_ns: 2082677, p99_ns: 2116651, max_ns: 2116651, wcet_ns: 2539982}
      - {sms: 8, runs: 30, p50_ns: 1063290, p99_ns: 1086938, max_ns: 1086938, wcet_ns: 1304326}
      - {sms: 16, runs: 30, p50_ns: 609481, p99_ns: 635064, max_ns: 635064, wcet_ns: 762077}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1774378
    p50_ns: 1780338
    p99_ns: 1851077
    p999_ns: 1851077
    max_ns: 1851077
    wcet_ns: 2221293
    curve:
      - {sms: 4, runs: 30, p50_ns: 1783469, p99_ns: 1857326, max_ns: 1857326, wcet_ns: 2228792}
      - {sms: 8, runs: 30, p50_ns: 948476, p99_ns: 983463, max_ns: 983463, wcet_ns: 1180156}
      - {sms: 16, runs: 30, p50_ns: 618333, p99_ns: 652687, max_ns: 652687, wcet_ns: 783225}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2358160
    p50_ns: 2367325
    p99_ns: 2408731
    p999_ns: 2408731
    max_ns: 2408731
    wcet_ns: 2890478
    curve:
      - {sms: 4, runs: 30, p50_ns: 2366597, p99_ns: 2416152, max_ns: 2416152, wcet_ns: 2899383}
      - {sms: 8, runs: 30, p50_ns: 1231389, p99_ns: 1282429, max_ns: 1282429, wcet_ns: 1538915}
      - {sms: 16, runs: 30, p50_ns: 721794, p99_ns: 753630, max_ns: 753630, wcet_ns: 904356}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1477911
    p50_ns: 1484985
    p99_ns: 1515384
    p999_ns: 1515384
    max_ns: 1515384
    wcet_ns: 1818461
    curve:
      - {sms: 4, runs: 30, p50_ns: 1483423, p99_ns: 1521553, max_ns: 1521553, wcet_ns: 1825864}
      - {sms: 8, runs: 30, p50_ns: 765947, p99_ns: 801402, max_ns: 801402, wcet_ns: 961683}
      - {sms: 16, runs: 30, p50_ns: 508444, p99_ns: 535108, max_ns: 535108, wcet_ns: 642130}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3520513
    p50_ns: 3538028
    p99_ns: 3585073
    p999_ns: 3585073
    max_ns: 3585073
    wcet_ns: 4302088
    curve:
      - {sms: 4, runs: 30, p50_ns: 3541557, p99_ns: 3580679, max_ns: 3580679, wcet_ns: 4296815}
      - {sms: 8, runs: 30, p50_ns: 1838967, p99_ns: 1887612, max_ns: 1887612, wcet_ns: 2265135}
      - {sms: 16, runs: 30, p50_ns: 1194235, p99_ns: 1228289, max_ns: 1228289, wcet_ns: 1473947}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5835716
    p50_ns: 5860644
    p99_ns: 5901636
    p999_ns: 5901636
    max_ns: 5901636
    wcet_ns: 7081964
    curve:
      - {sms: 4, runs: 30, p50_ns: 5875759, p99_ns: 5927705, max_ns: 5927705, wcet_ns: 7113246}
      - {sms: 8, runs: 30, p50_ns: 2997426, p99_ns: 3048312, max_ns: 3048312, wcet_ns: 3657975}
      - {sms: 16, runs: 30, p50_ns: 1752875, p99_ns: 1785028, max_ns: 1785028, wcet_ns: 2142034}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4097099
    p50_ns: 4107557
    p99_ns: 4142435
    p999_ns: 4142435
    max_ns: 4142435
    wcet_ns: 4970922
    curve:
      - {sms: 4, runs: 30, p50_ns: 4109870, p99_ns: 4169813, max_ns: 4169813, wcet_ns: 5003776}
      - {sms: 8, runs: 30, p50_ns: 2102724, p99_ns: 2142209, max_ns: 2142209, wcet_ns: 2570651}
      - {sms: 16, runs: 30, p50_ns: 1240289, p99_ns: 1266252, max_ns: 1266252, wcet_ns: 1519503}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4675434
    p50_ns: 4691063
    p99_ns: 4734115
    p999_ns: 4734115
    max_ns: 4734115
    wcet_ns: 5680938
    curve:
      - {sms: 4, runs: 30, p50_ns: 4695010, p99_ns: 4771963, max_ns: 4771963, wcet_ns: 5726356}
      - {sms: 8, runs: 30, p50_ns: 2443879, p99_ns: 2485092, max_ns: 2485092, wcet_ns: 2982111}
      - {sms: 16, runs: 30, p50_ns: 1579651, p99_ns: 1598879, max_ns: 1598879, wcet_ns: 1918655}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5251963
    p50_ns: 5279757
    p99_ns: 5324282
    p999_ns: 5324282
    max_ns: 5324282
    wcet_ns: 6389139
    curve:
      - {sms: 4, runs: 30, p50_ns: 5263450, p99_ns: 5318448, max_ns: 5318448, wcet_ns: 6382138}
      - {sms: 8, runs: 30, p50_ns: 2699447, p99_ns: 2742918, max_ns: 2742918, wcet_ns: 3291502}
      - {sms: 16, runs: 30, p50_ns: 1594151, p99_ns: 1621502, max_ns: 1621502, wcet_ns: 1945803}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2931972
    p50_ns: 2941553
    p99_ns: 2966846
    p999_ns: 2966846
    max_ns: 2966846
    wcet_ns: 3560216
    curve:
      - {sms: 4, runs: 30, p50_ns: 2946014, p99_ns: 2969744, max_ns: 2969744, wcet_ns: 3563693}
      - {sms: 8, runs: 30, p50_ns: 1510446, p99_ns: 1549889, max_ns: 1549889, wcet_ns: 1859867}
      - {sms: 16, runs: 30, p50_ns: 848465, p99_ns: 882637, max_ns: 882637, wcet_ns: 1059165}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2341958
    p50_ns: 2349650
    p99_ns: 2375781
    p999_ns: 2375781
    max_ns: 2375781
    wcet_ns: 2850938
    curve:
      - {sms: 4, runs: 30, p50_ns: 2354103, p99_ns: 2386860, max_ns: 2386860, wcet_ns: 2864232}
      - {sms: 8, runs: 30, p50_ns: 1228745, p99_ns: 1270130, max_ns: 1270130, wcet_ns: 1524156}
      - {sms: 16, runs: 30, p50_ns: 802157, p99_ns: 819009, max_ns: 819009, wcet_ns: 982811}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 1764117
    p50_ns: 1773487
    p99_ns: 1798364
    p999_ns: 1798364
    max_ns: 1798364
    wcet_ns: 2158037
    curve:
      - {sms: 4, runs: 30, p50_ns: 1781404, p99_ns: 1809332, max_ns: 1809332, wcet_ns: 2171199}
      - {sms: 8, runs: 30, p50_ns: 909869, p99_ns: 944968, max_ns: 944968, wcet_ns: 1133962}
      - {sms: 16, runs: 30, p50_ns: 543957, p99_ns: 573175, max_ns: 573175, wcet_ns: 687810}
