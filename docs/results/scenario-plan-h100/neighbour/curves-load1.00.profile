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
runs: 15
margin: 1.2
dispatch_overhead: {p50_ns: 300, p99_ns: 2708, max_ns: 3571}
device_memory: {driver_fixed: 1133314048, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0, device_other: 503316480}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 517167
    p50_ns: 517964
    p99_ns: 529262
    p999_ns: 529262
    max_ns: 529262
    wcet_ns: 635115
    curve:
      - {sms: 4, runs: 15, p50_ns: 520000, p99_ns: 528168, max_ns: 528168, wcet_ns: 633802, interference: 1.0145}
      - {sms: 8, runs: 15, p50_ns: 275578, p99_ns: 287617, max_ns: 287617, wcet_ns: 345141, interference: 1.0242}
      - {sms: 16, runs: 15, p50_ns: 167382, p99_ns: 185914, max_ns: 185914, wcet_ns: 223097}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 767364
    p50_ns: 769282
    p99_ns: 783751
    p999_ns: 783751
    max_ns: 783751
    wcet_ns: 940502
    curve:
      - {sms: 4, runs: 15, p50_ns: 771489, p99_ns: 781634, max_ns: 781634, wcet_ns: 937961, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 401205, p99_ns: 416910, max_ns: 416910, wcet_ns: 500292, interference: 1.017}
      - {sms: 16, runs: 15, p50_ns: 237164, p99_ns: 259686, max_ns: 259686, wcet_ns: 311624}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 468208
    p50_ns: 469846
    p99_ns: 479813
    p999_ns: 479813
    max_ns: 479813
    wcet_ns: 575776
    curve:
      - {sms: 4, runs: 15, p50_ns: 479512, p99_ns: 502324, max_ns: 502324, wcet_ns: 602789, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 251338, p99_ns: 268515, max_ns: 268515, wcet_ns: 322218, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 153113, p99_ns: 169328, max_ns: 169328, wcet_ns: 203194}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 342982
    p50_ns: 343781
    p99_ns: 355416
    p999_ns: 355416
    max_ns: 355416
    wcet_ns: 426500
    curve:
      - {sms: 4, runs: 15, p50_ns: 345082, p99_ns: 354479, max_ns: 354479, wcet_ns: 425375, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 188810, p99_ns: 199433, max_ns: 199433, wcet_ns: 239320, interference: 1.0151}
      - {sms: 16, runs: 15, p50_ns: 119500, p99_ns: 137382, max_ns: 137382, wcet_ns: 164859}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1121438
    p50_ns: 1124193
    p99_ns: 1178391
    p999_ns: 1178391
    max_ns: 1178391
    wcet_ns: 1414070
    curve:
      - {sms: 4, runs: 15, p50_ns: 1127867, p99_ns: 1137852, max_ns: 1137852, wcet_ns: 1365423, interference: 1.0303}
      - {sms: 8, runs: 15, p50_ns: 590332, p99_ns: 609327, max_ns: 609327, wcet_ns: 731193, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 331355, p99_ns: 346100, max_ns: 346100, wcet_ns: 415320}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 919461
    p50_ns: 921320
    p99_ns: 935131
    p999_ns: 935131
    max_ns: 935131
    wcet_ns: 1122158
    curve:
      - {sms: 4, runs: 15, p50_ns: 921590, p99_ns: 931504, max_ns: 931504, wcet_ns: 1117805, interference: 1.0185}
      - {sms: 8, runs: 15, p50_ns: 480989, p99_ns: 504368, max_ns: 504368, wcet_ns: 605242, interference: 1.0226}
      - {sms: 16, runs: 15, p50_ns: 285754, p99_ns: 298176, max_ns: 298176, wcet_ns: 357812}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1274079
    p50_ns: 1276360
    p99_ns: 1288992
    p999_ns: 1288992
    max_ns: 1288992
    wcet_ns: 1546791
    curve:
      - {sms: 4, runs: 15, p50_ns: 1280906, p99_ns: 1291523, max_ns: 1291523, wcet_ns: 1549828, interference: 1.0519}
      - {sms: 8, runs: 15, p50_ns: 672725, p99_ns: 687079, max_ns: 687079, wcet_ns: 824495, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 406838, p99_ns: 412076, max_ns: 412076, wcet_ns: 494492}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 3021561
    p50_ns: 3023902
    p99_ns: 3033214
    p999_ns: 3033214
    max_ns: 3033214
    wcet_ns: 3639857
    curve:
      - {sms: 4, runs: 15, p50_ns: 3023664, p99_ns: 3034278, max_ns: 3034278, wcet_ns: 3641134, interference: 1.008}
      - {sms: 8, runs: 15, p50_ns: 1544516, p99_ns: 1554385, max_ns: 1554385, wcet_ns: 1865262, interference: 1.0014}
      - {sms: 16, runs: 15, p50_ns: 862003, p99_ns: 866064, max_ns: 866064, wcet_ns: 1039277}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 2274812
    p50_ns: 2277116
    p99_ns: 2288161
    p999_ns: 2288161
    max_ns: 2288161
    wcet_ns: 2745794
    curve:
      - {sms: 4, runs: 15, p50_ns: 2277634, p99_ns: 2286202, max_ns: 2286202, wcet_ns: 2743443, interference: 1.0084}
      - {sms: 8, runs: 15, p50_ns: 1171243, p99_ns: 1178278, max_ns: 1178278, wcet_ns: 1413934, interference: 1.0003}
      - {sms: 16, runs: 15, p50_ns: 657568, p99_ns: 669862, max_ns: 669862, wcet_ns: 803835}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 1773230
    p50_ns: 1775832
    p99_ns: 1786595
    p999_ns: 1786595
    max_ns: 1786595
    wcet_ns: 2143914
    curve:
      - {sms: 4, runs: 15, p50_ns: 1777787, p99_ns: 1788942, max_ns: 1788942, wcet_ns: 2146731, interference: 1.014}
      - {sms: 8, runs: 15, p50_ns: 918615, p99_ns: 929429, max_ns: 929429, wcet_ns: 1115315, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 520594, p99_ns: 531750, max_ns: 531750, wcet_ns: 638100}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 767295
    p50_ns: 768981
    p99_ns: 782610
    p999_ns: 782610
    max_ns: 782610
    wcet_ns: 939132
    curve:
      - {sms: 4, runs: 15, p50_ns: 768742, p99_ns: 781176, max_ns: 781176, wcet_ns: 937412, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 400537, p99_ns: 415257, max_ns: 415257, wcet_ns: 498309, interference: 1.0273}
      - {sms: 16, runs: 15, p50_ns: 236335, p99_ns: 256471, max_ns: 256471, wcet_ns: 307766}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1774984
    p50_ns: 1777668
    p99_ns: 1792114
    p999_ns: 1792114
    max_ns: 1792114
    wcet_ns: 2150537
    curve:
      - {sms: 4, runs: 15, p50_ns: 1776566, p99_ns: 1789097, max_ns: 1789097, wcet_ns: 2146917, interference: 1.0057}
      - {sms: 8, runs: 15, p50_ns: 920144, p99_ns: 931755, max_ns: 931755, wcet_ns: 1118106, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 520737, p99_ns: 529098, max_ns: 529098, wcet_ns: 634918}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1776577
    p50_ns: 1779887
    p99_ns: 1835156
    p999_ns: 1835156
    max_ns: 1835156
    wcet_ns: 2202188
    curve:
      - {sms: 4, runs: 15, p50_ns: 1778955, p99_ns: 1836227, max_ns: 1836227, wcet_ns: 2203473, interference: 1.008}
      - {sms: 8, runs: 15, p50_ns: 920475, p99_ns: 933789, max_ns: 933789, wcet_ns: 1120547, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 522539, p99_ns: 528403, max_ns: 528403, wcet_ns: 634084}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1526780
    p50_ns: 1528725
    p99_ns: 1575283
    p999_ns: 1575283
    max_ns: 1575283
    wcet_ns: 1890340
    curve:
      - {sms: 4, runs: 15, p50_ns: 1528143, p99_ns: 1574388, max_ns: 1574388, wcet_ns: 1889266, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 816083, p99_ns: 829581, max_ns: 829581, wcet_ns: 995498, interference: 1.0131}
      - {sms: 16, runs: 15, p50_ns: 523962, p99_ns: 529808, max_ns: 529808, wcet_ns: 635770}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 2025361
    p50_ns: 2027901
    p99_ns: 2039055
    p999_ns: 2039055
    max_ns: 2039055
    wcet_ns: 2446866
    curve:
      - {sms: 4, runs: 15, p50_ns: 2026920, p99_ns: 2040830, max_ns: 2040830, wcet_ns: 2448996, interference: 1.0148}
      - {sms: 8, runs: 15, p50_ns: 1051778, p99_ns: 1065578, max_ns: 1065578, wcet_ns: 1278694, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 622752, p99_ns: 637099, max_ns: 637099, wcet_ns: 764519}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1267413
    p50_ns: 1269061
    p99_ns: 1315272
    p999_ns: 1315272
    max_ns: 1315272
    wcet_ns: 1578327
    curve:
      - {sms: 4, runs: 15, p50_ns: 1271897, p99_ns: 1317987, max_ns: 1317987, wcet_ns: 1581585, interference: 1.0248}
      - {sms: 8, runs: 15, p50_ns: 660144, p99_ns: 674552, max_ns: 674552, wcet_ns: 809463, interference: 1.0415}
      - {sms: 16, runs: 15, p50_ns: 439270, p99_ns: 449115, max_ns: 449115, wcet_ns: 538938}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 3024415
    p50_ns: 3029066
    p99_ns: 3036503
    p999_ns: 3036503
    max_ns: 3036503
    wcet_ns: 3643804
    curve:
      - {sms: 4, runs: 15, p50_ns: 3029209, p99_ns: 3044548, max_ns: 3044548, wcet_ns: 3653458, interference: 1.0148}
      - {sms: 8, runs: 15, p50_ns: 1576407, p99_ns: 1591528, max_ns: 1591528, wcet_ns: 1909834, interference: 1.0186}
      - {sms: 16, runs: 15, p50_ns: 1022338, p99_ns: 1031890, max_ns: 1031890, wcet_ns: 1238268}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 5023413
    p50_ns: 5027499
    p99_ns: 5039166
    p999_ns: 5039166
    max_ns: 5039166
    wcet_ns: 6047000
    curve:
      - {sms: 4, runs: 15, p50_ns: 5028349, p99_ns: 5037066, max_ns: 5037066, wcet_ns: 6044480, interference: 1.0151}
      - {sms: 8, runs: 15, p50_ns: 2562488, p99_ns: 2577816, max_ns: 2577816, wcet_ns: 3093380, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 1498168, p99_ns: 1509354, max_ns: 1509354, wcet_ns: 1811225}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 3526492
    p50_ns: 3530094
    p99_ns: 3538763
    p999_ns: 3538763
    max_ns: 3538763
    wcet_ns: 4246516
    curve:
      - {sms: 4, runs: 15, p50_ns: 3529026, p99_ns: 3540894, max_ns: 3540894, wcet_ns: 4249073, interference: 1.0137}
      - {sms: 8, runs: 15, p50_ns: 1806684, p99_ns: 1817424, max_ns: 1817424, wcet_ns: 2180909, interference: 1.0035}
      - {sms: 16, runs: 15, p50_ns: 1061593, p99_ns: 1066748, max_ns: 1066748, wcet_ns: 1280098}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 4019453
    p50_ns: 4025839
    p99_ns: 4036925
    p999_ns: 4036925
    max_ns: 4036925
    wcet_ns: 4844310
    curve:
      - {sms: 4, runs: 15, p50_ns: 4026584, p99_ns: 4064301, max_ns: 4064301, wcet_ns: 4877162, interference: 1.0068}
      - {sms: 8, runs: 15, p50_ns: 2086177, p99_ns: 2101807, max_ns: 2101807, wcet_ns: 2522169, interference: 1.0197}
      - {sms: 16, runs: 15, p50_ns: 1347979, p99_ns: 1353742, max_ns: 1353742, wcet_ns: 1624491}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 4520562
    p50_ns: 4524806
    p99_ns: 4535834
    p999_ns: 4535834
    max_ns: 4535834
    wcet_ns: 5443001
    curve:
      - {sms: 4, runs: 15, p50_ns: 4524825, p99_ns: 4542244, max_ns: 4542244, wcet_ns: 5450693, interference: 1.0134}
      - {sms: 8, runs: 15, p50_ns: 2312325, p99_ns: 2325810, max_ns: 2325810, wcet_ns: 2790972, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 1365429, p99_ns: 1373752, max_ns: 1373752, wcet_ns: 1648503}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 2520691
    p50_ns: 2523041
    p99_ns: 2535448
    p999_ns: 2535448
    max_ns: 2535448
    wcet_ns: 3042538
    curve:
      - {sms: 4, runs: 15, p50_ns: 2522563, p99_ns: 2532751, max_ns: 2532751, wcet_ns: 3039302, interference: 1.0082}
      - {sms: 8, runs: 15, p50_ns: 1293354, p99_ns: 1312792, max_ns: 1312792, wcet_ns: 1575351, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 724508, p99_ns: 731736, max_ns: 731736, wcet_ns: 878084}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 2025932
    p50_ns: 2027162
    p99_ns: 2039818
    p999_ns: 2039818
    max_ns: 2039818
    wcet_ns: 2447782
    curve:
      - {sms: 4, runs: 15, p50_ns: 2025110, p99_ns: 2035312, max_ns: 2035312, wcet_ns: 2442375, interference: 1.0261}
      - {sms: 8, runs: 15, p50_ns: 1061817, p99_ns: 1111821, max_ns: 1111821, wcet_ns: 1334186, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 680953, p99_ns: 692356, max_ns: 692356, wcet_ns: 830828}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 1517308
    p50_ns: 1519680
    p99_ns: 1551527
    p999_ns: 1551527
    max_ns: 1551527
    wcet_ns: 1861833
    curve:
      - {sms: 4, runs: 15, p50_ns: 1522728, p99_ns: 1558253, max_ns: 1558253, wcet_ns: 1869904, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 778130, p99_ns: 794966, max_ns: 794966, wcet_ns: 953960, interference: 1.0197}
      - {sms: 16, runs: 15, p50_ns: 466019, p99_ns: 478645, max_ns: 478645, wcet_ns: 574374}
