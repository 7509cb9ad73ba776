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
workload: "examples/edge-24-gpu.yaml"
device: "cuda"
device_name: "NVIDIA H100 80GB HBM3"
device_profile: "orin-agx-8g"
lanes: 4
runs: 15
margin: 1.2
dispatch_overhead: {p50_ns: 540, p99_ns: 4772, max_ns: 11797}
device_memory: {driver_fixed: 575471616, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0, device_other: 503316480}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 521052
    p50_ns: 523487
    p99_ns: 539789
    p999_ns: 539789
    max_ns: 539789
    wcet_ns: 647747
    curve:
      - {sms: 4, runs: 15, p50_ns: 523081, p99_ns: 545004, max_ns: 545004, wcet_ns: 654005, interference: 1.0303}
      - {sms: 8, runs: 15, p50_ns: 284338, p99_ns: 300177, max_ns: 300177, wcet_ns: 360213, interference: 1.0775}
      - {sms: 16, runs: 15, p50_ns: 172918, p99_ns: 198490, max_ns: 198490, wcet_ns: 238188}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 770669
    p50_ns: 772822
    p99_ns: 795387
    p999_ns: 795387
    max_ns: 795387
    wcet_ns: 954465
    curve:
      - {sms: 4, runs: 15, p50_ns: 773387, p99_ns: 787795, max_ns: 787795, wcet_ns: 945354, interference: 1.0196}
      - {sms: 8, runs: 15, p50_ns: 406768, p99_ns: 429035, max_ns: 429035, wcet_ns: 514842, interference: 1.0097}
      - {sms: 16, runs: 15, p50_ns: 243488, p99_ns: 276489, max_ns: 276489, wcet_ns: 331787}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 466955
    p50_ns: 470045
    p99_ns: 487523
    p999_ns: 487523
    max_ns: 487523
    wcet_ns: 585028
    curve:
      - {sms: 4, runs: 15, p50_ns: 469901, p99_ns: 485056, max_ns: 485056, wcet_ns: 582068, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 254434, p99_ns: 375044, max_ns: 375044, wcet_ns: 450053, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 157977, p99_ns: 186254, max_ns: 186254, wcet_ns: 223505}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 346685
    p50_ns: 348564
    p99_ns: 371651
    p999_ns: 371651
    max_ns: 371651
    wcet_ns: 445982
    curve:
      - {sms: 4, runs: 15, p50_ns: 349191, p99_ns: 368997, max_ns: 368997, wcet_ns: 442797, interference: 1.0013}
      - {sms: 8, runs: 15, p50_ns: 194446, p99_ns: 210472, max_ns: 210472, wcet_ns: 252567, interference: 1.0509}
      - {sms: 16, runs: 15, p50_ns: 129117, p99_ns: 146570, max_ns: 146570, wcet_ns: 175884}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1127536
    p50_ns: 1131307
    p99_ns: 1186146
    p999_ns: 1186146
    max_ns: 1186146
    wcet_ns: 1423376
    curve:
      - {sms: 4, runs: 15, p50_ns: 1131084, p99_ns: 1187994, max_ns: 1187994, wcet_ns: 1425593, interference: 1.014}
      - {sms: 8, runs: 15, p50_ns: 598225, p99_ns: 626256, max_ns: 626256, wcet_ns: 751508, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 338668, p99_ns: 357006, max_ns: 357006, wcet_ns: 428408}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 921654
    p50_ns: 924208
    p99_ns: 942796
    p999_ns: 942796
    max_ns: 942796
    wcet_ns: 1131356
    curve:
      - {sms: 4, runs: 15, p50_ns: 927275, p99_ns: 944799, max_ns: 944799, wcet_ns: 1133759, interference: 1.0181}
      - {sms: 8, runs: 15, p50_ns: 488321, p99_ns: 503869, max_ns: 503869, wcet_ns: 604643, interference: 1.0801}
      - {sms: 16, runs: 15, p50_ns: 293698, p99_ns: 312355, max_ns: 312355, wcet_ns: 374826}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1279943
    p50_ns: 1286331
    p99_ns: 1314559
    p999_ns: 1314559
    max_ns: 1314559
    wcet_ns: 1577471
    curve:
      - {sms: 4, runs: 15, p50_ns: 1286533, p99_ns: 1349447, max_ns: 1349447, wcet_ns: 1619337, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 679904, p99_ns: 700483, max_ns: 700483, wcet_ns: 840580, interference: 1.0203}
      - {sms: 16, runs: 15, p50_ns: 417978, p99_ns: 431227, max_ns: 431227, wcet_ns: 517473}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 3030844
    p50_ns: 3036101
    p99_ns: 3067225
    p999_ns: 3067225
    max_ns: 3067225
    wcet_ns: 3680670
    curve:
      - {sms: 4, runs: 15, p50_ns: 3031618, p99_ns: 3045235, max_ns: 3045235, wcet_ns: 3654282, interference: 1.0086}
      - {sms: 8, runs: 15, p50_ns: 1557876, p99_ns: 1573122, max_ns: 1573122, wcet_ns: 1887747, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 871354, p99_ns: 886020, max_ns: 886020, wcet_ns: 1063224}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 2278785
    p50_ns: 2281418
    p99_ns: 2299628
    p999_ns: 2299628
    max_ns: 2299628
    wcet_ns: 2759554
    curve:
      - {sms: 4, runs: 15, p50_ns: 2283656, p99_ns: 2300350, max_ns: 2300350, wcet_ns: 2760420, interference: 1.0078}
      - {sms: 8, runs: 15, p50_ns: 1178356, p99_ns: 1198153, max_ns: 1198153, wcet_ns: 1437784, interference: 1.0014}
      - {sms: 16, runs: 15, p50_ns: 667074, p99_ns: 682302, max_ns: 682302, wcet_ns: 818763}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 1779216
    p50_ns: 1783506
    p99_ns: 1838311
    p999_ns: 1838311
    max_ns: 1838311
    wcet_ns: 2205974
    curve:
      - {sms: 4, runs: 15, p50_ns: 1805973, p99_ns: 1853458, max_ns: 1853458, wcet_ns: 2224150, interference: 1.016}
      - {sms: 8, runs: 15, p50_ns: 937482, p99_ns: 965801, max_ns: 965801, wcet_ns: 1158962, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 530678, p99_ns: 550986, max_ns: 550986, wcet_ns: 661184}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 776518
    p50_ns: 778282
    p99_ns: 798577
    p999_ns: 798577
    max_ns: 798577
    wcet_ns: 958293
    curve:
      - {sms: 4, runs: 15, p50_ns: 778975, p99_ns: 800965, max_ns: 800965, wcet_ns: 961158, interference: 1.0084}
      - {sms: 8, runs: 15, p50_ns: 409613, p99_ns: 436215, max_ns: 436215, wcet_ns: 523458, interference: 1.0242}
      - {sms: 16, runs: 15, p50_ns: 244174, p99_ns: 273841, max_ns: 273841, wcet_ns: 328610}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1781508
    p50_ns: 1784983
    p99_ns: 1806999
    p999_ns: 1806999
    max_ns: 1806999
    wcet_ns: 2168399
    curve:
      - {sms: 4, runs: 15, p50_ns: 1797625, p99_ns: 1814215, max_ns: 1814215, wcet_ns: 2177058, interference: 1.0104}
      - {sms: 8, runs: 15, p50_ns: 932352, p99_ns: 952017, max_ns: 952017, wcet_ns: 1142421, interference: 1.0009}
      - {sms: 16, runs: 15, p50_ns: 533188, p99_ns: 560736, max_ns: 560736, wcet_ns: 672884}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1785177
    p50_ns: 1795890
    p99_ns: 1854691
    p999_ns: 1854691
    max_ns: 1854691
    wcet_ns: 2225630
    curve:
      - {sms: 4, runs: 15, p50_ns: 1799974, p99_ns: 1845491, max_ns: 1845491, wcet_ns: 2214590, interference: 1.0227}
      - {sms: 8, runs: 15, p50_ns: 927000, p99_ns: 947504, max_ns: 947504, wcet_ns: 1137005, interference: 1.0079}
      - {sms: 16, runs: 15, p50_ns: 530425, p99_ns: 541738, max_ns: 541738, wcet_ns: 650086}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1539073
    p50_ns: 1559580
    p99_ns: 1596958
    p999_ns: 1596958
    max_ns: 1596958
    wcet_ns: 1916350
    curve:
      - {sms: 4, runs: 15, p50_ns: 1540056, p99_ns: 1605058, max_ns: 1605058, wcet_ns: 1926070, interference: 1.0069}
      - {sms: 8, runs: 15, p50_ns: 828622, p99_ns: 847507, max_ns: 847507, wcet_ns: 1017009, interference: 1.0178}
      - {sms: 16, runs: 15, p50_ns: 533144, p99_ns: 558585, max_ns: 558585, wcet_ns: 670302}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 2037028
    p50_ns: 2041367
    p99_ns: 2063138
    p999_ns: 2063138
    max_ns: 2063138
    wcet_ns: 2475766
    curve:
      - {sms: 4, runs: 15, p50_ns: 2041759, p99_ns: 2059694, max_ns: 2059694, wcet_ns: 2471633, interference: 1.0164}
      - {sms: 8, runs: 15, p50_ns: 1058572, p99_ns: 1077833, max_ns: 1077833, wcet_ns: 1293400, interference: 1.0043}
      - {sms: 16, runs: 15, p50_ns: 632621, p99_ns: 666719, max_ns: 666719, wcet_ns: 800063}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1275341
    p50_ns: 1282694
    p99_ns: 1333350
    p999_ns: 1333350
    max_ns: 1333350
    wcet_ns: 1600020
    curve:
      - {sms: 4, runs: 15, p50_ns: 1281207, p99_ns: 1297189, max_ns: 1297189, wcet_ns: 1556627, interference: 1.0506}
      - {sms: 8, runs: 15, p50_ns: 666285, p99_ns: 681855, max_ns: 681855, wcet_ns: 818226, interference: 1.0483}
      - {sms: 16, runs: 15, p50_ns: 451491, p99_ns: 464023, max_ns: 464023, wcet_ns: 556828}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 3035522
    p50_ns: 3040598
    p99_ns: 3061893
    p999_ns: 3061893
    max_ns: 3061893
    wcet_ns: 3674272
    curve:
      - {sms: 4, runs: 15, p50_ns: 3042670, p99_ns: 3066542, max_ns: 3066542, wcet_ns: 3679851, interference: 1.0086}
      - {sms: 8, runs: 15, p50_ns: 1587646, p99_ns: 1612300, max_ns: 1612300, wcet_ns: 1934760, interference: 1.0226}
      - {sms: 16, runs: 15, p50_ns: 1033268, p99_ns: 1043315, max_ns: 1043315, wcet_ns: 1251978}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 5048011
    p50_ns: 5058421
    p99_ns: 5073146
    p999_ns: 5073146
    max_ns: 5073146
    wcet_ns: 6087776
    curve:
      - {sms: 4, runs: 15, p50_ns: 5052940, p99_ns: 5072168, max_ns: 5072168, wcet_ns: 6086602, interference: 1.0126}
      - {sms: 8, runs: 15, p50_ns: 2583544, p99_ns: 2628391, max_ns: 2628391, wcet_ns: 3154070, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 1511949, p99_ns: 1524091, max_ns: 1524091, wcet_ns: 1828910}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 3532343
    p50_ns: 3537198
    p99_ns: 3564723
    p999_ns: 3564723
    max_ns: 3564723
    wcet_ns: 4277668
    curve:
      - {sms: 4, runs: 15, p50_ns: 3536436, p99_ns: 3565719, max_ns: 3565719, wcet_ns: 4278863, interference: 1.0124}
      - {sms: 8, runs: 15, p50_ns: 1817106, p99_ns: 1854452, max_ns: 1854452, wcet_ns: 2225343, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 1072838, p99_ns: 1089882, max_ns: 1089882, wcet_ns: 1307859}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 4020006
    p50_ns: 4026469
    p99_ns: 4044552
    p999_ns: 4044552
    max_ns: 4044552
    wcet_ns: 4853463
    curve:
      - {sms: 4, runs: 15, p50_ns: 4027219, p99_ns: 4048156, max_ns: 4048156, wcet_ns: 4857788, interference: 1.0161}
      - {sms: 8, runs: 15, p50_ns: 2095923, p99_ns: 2127379, max_ns: 2127379, wcet_ns: 2552855, interference: 1.0145}
      - {sms: 16, runs: 15, p50_ns: 1358007, p99_ns: 1370303, max_ns: 1370303, wcet_ns: 1644364}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 4519719
    p50_ns: 4526195
    p99_ns: 4551504
    p999_ns: 4551504
    max_ns: 4551504
    wcet_ns: 5461805
    curve:
      - {sms: 4, runs: 15, p50_ns: 4523017, p99_ns: 4547435, max_ns: 4547435, wcet_ns: 5456922, interference: 1.0131}
      - {sms: 8, runs: 15, p50_ns: 2318543, p99_ns: 2351220, max_ns: 2351220, wcet_ns: 2821464, interference: 1.0033}
      - {sms: 16, runs: 15, p50_ns: 1381488, p99_ns: 1395580, max_ns: 1395580, wcet_ns: 1674696}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 2521963
    p50_ns: 2525336
    p99_ns: 2544793
    p999_ns: 2544793
    max_ns: 2544793
    wcet_ns: 3053752
    curve:
      - {sms: 4, runs: 15, p50_ns: 2527637, p99_ns: 2562202, max_ns: 2562202, wcet_ns: 3074643, interference: 1.0025}
      - {sms: 8, runs: 15, p50_ns: 1307716, p99_ns: 1328382, max_ns: 1328382, wcet_ns: 1594059, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 735552, p99_ns: 752613, max_ns: 752613, wcet_ns: 903136}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 2019461
    p50_ns: 2023134
    p99_ns: 2039362
    p999_ns: 2039362
    max_ns: 2039362
    wcet_ns: 2447235
    curve:
      - {sms: 4, runs: 15, p50_ns: 2032948, p99_ns: 2056302, max_ns: 2056302, wcet_ns: 2467563, interference: 1.0186}
      - {sms: 8, runs: 15, p50_ns: 1073417, p99_ns: 1092487, max_ns: 1092487, wcet_ns: 1310985, interference: 1.0245}
      - {sms: 16, runs: 15, p50_ns: 690378, p99_ns: 710340, max_ns: 710340, wcet_ns: 852408}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 1521626
    p50_ns: 1523202
    p99_ns: 1549460
    p999_ns: 1549460
    max_ns: 1549460
    wcet_ns: 1859352
    curve:
      - {sms: 4, runs: 15, p50_ns: 1524987, p99_ns: 1544191, max_ns: 1544191, wcet_ns: 1853030, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 784295, p99_ns: 811012, max_ns: 811012, wcet_ns: 973215, interference: 1.0187}
      - {sms: 16, runs: 15, p50_ns: 473660, p99_ns: 494336, max_ns: 494336, wcet_ns: 593204}
