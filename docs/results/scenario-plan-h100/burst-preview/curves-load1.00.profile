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
dispatch_overhead: {p50_ns: 455, p99_ns: 4391, max_ns: 17279}
device_memory: {driver_fixed: 575471616, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0, device_other: 503316480}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 520671
    p50_ns: 523371
    p99_ns: 546533
    p999_ns: 546533
    max_ns: 546533
    wcet_ns: 655840
    curve:
      - {sms: 4, runs: 15, p50_ns: 525249, p99_ns: 543612, max_ns: 543612, wcet_ns: 652335, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 283254, p99_ns: 314107, max_ns: 314107, wcet_ns: 376929, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 175333, p99_ns: 201044, max_ns: 201044, wcet_ns: 241253}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 770185
    p50_ns: 772364
    p99_ns: 801355
    p999_ns: 801355
    max_ns: 801355
    wcet_ns: 961626
    curve:
      - {sms: 4, runs: 15, p50_ns: 774041, p99_ns: 792585, max_ns: 792585, wcet_ns: 951102, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 405310, p99_ns: 446128, max_ns: 446128, wcet_ns: 535354, interference: 1.0135}
      - {sms: 16, runs: 15, p50_ns: 244928, p99_ns: 278885, max_ns: 278885, wcet_ns: 334662}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 470887
    p50_ns: 476354
    p99_ns: 504763
    p999_ns: 504763
    max_ns: 504763
    wcet_ns: 605716
    curve:
      - {sms: 4, runs: 15, p50_ns: 472643, p99_ns: 494676, max_ns: 494676, wcet_ns: 593612, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 258802, p99_ns: 275657, max_ns: 275657, wcet_ns: 330789, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 159080, p99_ns: 178602, max_ns: 178602, wcet_ns: 214323}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 344463
    p50_ns: 346164
    p99_ns: 375170
    p999_ns: 375170
    max_ns: 375170
    wcet_ns: 450204
    curve:
      - {sms: 4, runs: 15, p50_ns: 349251, p99_ns: 368896, max_ns: 368896, wcet_ns: 442676, interference: 1.0212}
      - {sms: 8, runs: 15, p50_ns: 190572, p99_ns: 211971, max_ns: 211971, wcet_ns: 254366, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 126590, p99_ns: 156314, max_ns: 156314, wcet_ns: 187577}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1119755
    p50_ns: 1122207
    p99_ns: 1159663
    p999_ns: 1159663
    max_ns: 1159663
    wcet_ns: 1391596
    curve:
      - {sms: 4, runs: 15, p50_ns: 1124300, p99_ns: 1177566, max_ns: 1177566, wcet_ns: 1413080, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 591239, p99_ns: 601280, max_ns: 601280, wcet_ns: 721536, interference: 1.0202}
      - {sms: 16, runs: 15, p50_ns: 340223, p99_ns: 366822, max_ns: 366822, wcet_ns: 440187}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 922773
    p50_ns: 926102
    p99_ns: 965004
    p999_ns: 965004
    max_ns: 965004
    wcet_ns: 1158005
    curve:
      - {sms: 4, runs: 15, p50_ns: 926984, p99_ns: 960117, max_ns: 960117, wcet_ns: 1152141, interference: 1.0101}
      - {sms: 8, runs: 15, p50_ns: 485499, p99_ns: 518296, max_ns: 518296, wcet_ns: 621956, interference: 1.0509}
      - {sms: 16, runs: 15, p50_ns: 292422, p99_ns: 318422, max_ns: 318422, wcet_ns: 382107}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1277435
    p50_ns: 1281327
    p99_ns: 1306556
    p999_ns: 1306556
    max_ns: 1306556
    wcet_ns: 1567868
    curve:
      - {sms: 4, runs: 15, p50_ns: 1283313, p99_ns: 1309527, max_ns: 1309527, wcet_ns: 1571433, interference: 1.0128}
      - {sms: 8, runs: 15, p50_ns: 677438, p99_ns: 721060, max_ns: 721060, wcet_ns: 865272, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 411377, p99_ns: 416543, max_ns: 416543, wcet_ns: 499852}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 3014504
    p50_ns: 3019242
    p99_ns: 3031407
    p999_ns: 3031407
    max_ns: 3031407
    wcet_ns: 3637689
    curve:
      - {sms: 4, runs: 15, p50_ns: 3019184, p99_ns: 3042721, max_ns: 3042721, wcet_ns: 3651266, interference: 1.0045}
      - {sms: 8, runs: 15, p50_ns: 1544630, p99_ns: 1558613, max_ns: 1558613, wcet_ns: 1870336, interference: 1.0052}
      - {sms: 16, runs: 15, p50_ns: 864746, p99_ns: 878637, max_ns: 878637, wcet_ns: 1054365}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 2270081
    p50_ns: 2272821
    p99_ns: 2291650
    p999_ns: 2291650
    max_ns: 2291650
    wcet_ns: 2749980
    curve:
      - {sms: 4, runs: 15, p50_ns: 2271495, p99_ns: 2283078, max_ns: 2283078, wcet_ns: 2739694, interference: 1.0168}
      - {sms: 8, runs: 15, p50_ns: 1174770, p99_ns: 1187558, max_ns: 1187558, wcet_ns: 1425070, interference: 1.0076}
      - {sms: 16, runs: 15, p50_ns: 661328, p99_ns: 676807, max_ns: 676807, wcet_ns: 812169}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 1770531
    p50_ns: 1773884
    p99_ns: 1826849
    p999_ns: 1826849
    max_ns: 1826849
    wcet_ns: 2192219
    curve:
      - {sms: 4, runs: 15, p50_ns: 1774675, p99_ns: 1828697, max_ns: 1828697, wcet_ns: 2194437, interference: 1.0208}
      - {sms: 8, runs: 15, p50_ns: 922208, p99_ns: 933717, max_ns: 933717, wcet_ns: 1120461, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 530136, p99_ns: 548596, max_ns: 548596, wcet_ns: 658316}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 771746
    p50_ns: 774606
    p99_ns: 795831
    p999_ns: 795831
    max_ns: 795831
    wcet_ns: 954998
    curve:
      - {sms: 4, runs: 15, p50_ns: 775022, p99_ns: 794845, max_ns: 794845, wcet_ns: 953814, interference: 1.0098}
      - {sms: 8, runs: 15, p50_ns: 406231, p99_ns: 434831, max_ns: 434831, wcet_ns: 521798, interference: 1.0124}
      - {sms: 16, runs: 15, p50_ns: 238326, p99_ns: 258483, max_ns: 258483, wcet_ns: 310180}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1775930
    p50_ns: 1781595
    p99_ns: 1801641
    p999_ns: 1801641
    max_ns: 1801641
    wcet_ns: 2161970
    curve:
      - {sms: 4, runs: 15, p50_ns: 1780493, p99_ns: 1807666, max_ns: 1807666, wcet_ns: 2169200, interference: 1.0077}
      - {sms: 8, runs: 15, p50_ns: 925998, p99_ns: 945595, max_ns: 945595, wcet_ns: 1134714, interference: 1.0005}
      - {sms: 16, runs: 15, p50_ns: 530923, p99_ns: 556305, max_ns: 556305, wcet_ns: 667566}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1769036
    p50_ns: 1771700
    p99_ns: 1827579
    p999_ns: 1827579
    max_ns: 1827579
    wcet_ns: 2193095
    curve:
      - {sms: 4, runs: 15, p50_ns: 1773403, p99_ns: 1827389, max_ns: 1827389, wcet_ns: 2192867, interference: 1.0118}
      - {sms: 8, runs: 15, p50_ns: 929096, p99_ns: 962048, max_ns: 962048, wcet_ns: 1154458, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 521813, p99_ns: 533429, max_ns: 533429, wcet_ns: 640115}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1528649
    p50_ns: 1538920
    p99_ns: 1558865
    p999_ns: 1558865
    max_ns: 1558865
    wcet_ns: 1870638
    curve:
      - {sms: 4, runs: 15, p50_ns: 1533530, p99_ns: 1579320, max_ns: 1579320, wcet_ns: 1895184, interference: 1.0189}
      - {sms: 8, runs: 15, p50_ns: 813327, p99_ns: 830452, max_ns: 830452, wcet_ns: 996543, interference: 1.013}
      - {sms: 16, runs: 15, p50_ns: 529822, p99_ns: 548693, max_ns: 548693, wcet_ns: 658432}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 2018081
    p50_ns: 2022027
    p99_ns: 2039826
    p999_ns: 2039826
    max_ns: 2039826
    wcet_ns: 2447792
    curve:
      - {sms: 4, runs: 15, p50_ns: 2047826, p99_ns: 2073293, max_ns: 2073293, wcet_ns: 2487952, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 1048986, p99_ns: 1058371, max_ns: 1058371, wcet_ns: 1270046, interference: 1.0105}
      - {sms: 16, runs: 15, p50_ns: 629103, p99_ns: 639566, max_ns: 639566, wcet_ns: 767480}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1261955
    p50_ns: 1264060
    p99_ns: 1310671
    p999_ns: 1310671
    max_ns: 1310671
    wcet_ns: 1572806
    curve:
      - {sms: 4, runs: 15, p50_ns: 1265696, p99_ns: 1280912, max_ns: 1280912, wcet_ns: 1537095, interference: 1.0476}
      - {sms: 8, runs: 15, p50_ns: 658105, p99_ns: 676311, max_ns: 676311, wcet_ns: 811574, interference: 1.041}
      - {sms: 16, runs: 15, p50_ns: 444929, p99_ns: 456583, max_ns: 456583, wcet_ns: 547900}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 3019080
    p50_ns: 3022358
    p99_ns: 3042523
    p999_ns: 3042523
    max_ns: 3042523
    wcet_ns: 3651028
    curve:
      - {sms: 4, runs: 15, p50_ns: 3021595, p99_ns: 3044960, max_ns: 3044960, wcet_ns: 3653952, interference: 1.0117}
      - {sms: 8, runs: 15, p50_ns: 1584752, p99_ns: 1604987, max_ns: 1604987, wcet_ns: 1925985, interference: 1.02}
      - {sms: 16, runs: 15, p50_ns: 1033884, p99_ns: 1042261, max_ns: 1042261, wcet_ns: 1250714}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 5023525
    p50_ns: 5027185
    p99_ns: 5050378
    p999_ns: 5050378
    max_ns: 5050378
    wcet_ns: 6060454
    curve:
      - {sms: 4, runs: 15, p50_ns: 5027376, p99_ns: 5050235, max_ns: 5050235, wcet_ns: 6060282, interference: 1.0134}
      - {sms: 8, runs: 15, p50_ns: 2569468, p99_ns: 2597614, max_ns: 2597614, wcet_ns: 3117137, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 1511619, p99_ns: 1521375, max_ns: 1521375, wcet_ns: 1825650}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 3522932
    p50_ns: 3528628
    p99_ns: 3549095
    p999_ns: 3549095
    max_ns: 3549095
    wcet_ns: 4258914
    curve:
      - {sms: 4, runs: 15, p50_ns: 3525242, p99_ns: 3545041, max_ns: 3545041, wcet_ns: 4254050, interference: 1.0171}
      - {sms: 8, runs: 15, p50_ns: 1810519, p99_ns: 1830455, max_ns: 1830455, wcet_ns: 2196546, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 1071588, p99_ns: 1080211, max_ns: 1080211, wcet_ns: 1296254}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 4024730
    p50_ns: 4028449
    p99_ns: 4049054
    p999_ns: 4049054
    max_ns: 4049054
    wcet_ns: 4858865
    curve:
      - {sms: 4, runs: 15, p50_ns: 4026889, p99_ns: 4046153, max_ns: 4046153, wcet_ns: 4855384, interference: 1.0133}
      - {sms: 8, runs: 15, p50_ns: 2097628, p99_ns: 2117372, max_ns: 2117372, wcet_ns: 2540847, interference: 1.016}
      - {sms: 16, runs: 15, p50_ns: 1357825, p99_ns: 1367657, max_ns: 1367657, wcet_ns: 1641189}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 4520386
    p50_ns: 4524161
    p99_ns: 4546690
    p999_ns: 4546690
    max_ns: 4546690
    wcet_ns: 5456028
    curve:
      - {sms: 4, runs: 15, p50_ns: 4524653, p99_ns: 4552131, max_ns: 4552131, wcet_ns: 5462558, interference: 1.0137}
      - {sms: 8, runs: 15, p50_ns: 2315875, p99_ns: 2332625, max_ns: 2332625, wcet_ns: 2799150, interference: 1.0012}
      - {sms: 16, runs: 15, p50_ns: 1374571, p99_ns: 1389622, max_ns: 1389622, wcet_ns: 1667547}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 2519583
    p50_ns: 2522125
    p99_ns: 2542845
    p999_ns: 2542845
    max_ns: 2542845
    wcet_ns: 3051414
    curve:
      - {sms: 4, runs: 15, p50_ns: 2522653, p99_ns: 2537629, max_ns: 2537629, wcet_ns: 3045155, interference: 1.0118}
      - {sms: 8, runs: 15, p50_ns: 1300265, p99_ns: 1320387, max_ns: 1320387, wcet_ns: 1584465, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 735067, p99_ns: 742531, max_ns: 742531, wcet_ns: 891038}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 2029655
    p50_ns: 2032406
    p99_ns: 2052944
    p999_ns: 2052944
    max_ns: 2052944
    wcet_ns: 2463533
    curve:
      - {sms: 4, runs: 15, p50_ns: 2030832, p99_ns: 2050388, max_ns: 2050388, wcet_ns: 2460466, interference: 1.026}
      - {sms: 8, runs: 15, p50_ns: 1072957, p99_ns: 1095879, max_ns: 1095879, wcet_ns: 1315055, interference: 1.0203}
      - {sms: 16, runs: 15, p50_ns: 694104, p99_ns: 706854, max_ns: 706854, wcet_ns: 848225}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 1517930
    p50_ns: 1519820
    p99_ns: 1543519
    p999_ns: 1543519
    max_ns: 1543519
    wcet_ns: 1852223
    curve:
      - {sms: 4, runs: 15, p50_ns: 1523390, p99_ns: 1550953, max_ns: 1550953, wcet_ns: 1861144, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 782550, p99_ns: 806385, max_ns: 806385, wcet_ns: 967662, interference: 1.026}
      - {sms: 16, runs: 15, p50_ns: 474110, p99_ns: 495786, max_ns: 495786, wcet_ns: 594944}
