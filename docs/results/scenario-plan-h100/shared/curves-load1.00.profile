# AegisRT WCET profile, written by 'aegisrt profile'; read by 'aegisrt admit|run
# --wcet-profile' (include/aegis/profile.h). Times in ns: execution = finish -
# start of each job run alone, back to back; wcet = ceil(max * margin);
# dispatch_overhead = start - release over every job.
# curve: the model alone on one lane of each size (lane_sizes); interference (where
# measured) = p99 with a memory-bound neighbour on another lane / p99 alone.
# shared: k = the model on one of k lanes sharing one partition of sms SMs, the
# other k - 1 lanes busy with the workload's models.
# device_memory: bytes outside the memory pool, measured as drops of free device
# memory (docs/MEMORY.md).
version: 4
workload: "examples/edge-24-gpu.yaml"
device: "cuda"
device_name: "NVIDIA H100 80GB HBM3"
device_profile: "orin-agx-8g"
lanes: 4
runs: 15
margin: 1.2
dispatch_overhead: {p50_ns: 307, p99_ns: 3822, max_ns: 4913}
device_memory: {driver_fixed: 72155136, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0, device_other: 503316480}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 518243
    p50_ns: 521778
    p99_ns: 541487
    p999_ns: 541487
    max_ns: 541487
    wcet_ns: 649785
    curve:
      - {sms: 4, runs: 15, p50_ns: 519475, p99_ns: 531740, max_ns: 531740, wcet_ns: 638088, interference: 1.0058}
      - {sms: 8, runs: 15, p50_ns: 277760, p99_ns: 297647, max_ns: 297647, wcet_ns: 357177, interference: 1.0197}
      - {sms: 16, runs: 15, p50_ns: 169867, p99_ns: 191118, max_ns: 191118, wcet_ns: 229342}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 293824, p99_ns: 423803, max_ns: 423803, wcet_ns: 508564}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 388365, p99_ns: 771125, max_ns: 771125, wcet_ns: 925350}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 558472, p99_ns: 1036365, max_ns: 1036365, wcet_ns: 1243638}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 765302
    p50_ns: 768104
    p99_ns: 785064
    p999_ns: 785064
    max_ns: 785064
    wcet_ns: 942077
    curve:
      - {sms: 4, runs: 15, p50_ns: 901429, p99_ns: 945147, max_ns: 945147, wcet_ns: 1134177, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 417097, p99_ns: 460715, max_ns: 460715, wcet_ns: 552858, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 243583, p99_ns: 272421, max_ns: 272421, wcet_ns: 326906}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 384417, p99_ns: 500668, max_ns: 500668, wcet_ns: 600802}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 532347, p99_ns: 990946, max_ns: 990946, wcet_ns: 1189136}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 757771, p99_ns: 1201963, max_ns: 1201963, wcet_ns: 1442356}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 473465
    p50_ns: 476572
    p99_ns: 493740
    p999_ns: 493740
    max_ns: 493740
    wcet_ns: 592488
    curve:
      - {sms: 4, runs: 15, p50_ns: 475083, p99_ns: 493120, max_ns: 493120, wcet_ns: 591744, interference: 1.0334}
      - {sms: 8, runs: 15, p50_ns: 255926, p99_ns: 275522, max_ns: 275522, wcet_ns: 330627, interference: 1.0254}
      - {sms: 16, runs: 15, p50_ns: 166248, p99_ns: 193797, max_ns: 193797, wcet_ns: 232557}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 250717, p99_ns: 295584, max_ns: 295584, wcet_ns: 354701}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 367033, p99_ns: 736514, max_ns: 736514, wcet_ns: 883817}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 582361, p99_ns: 854821, max_ns: 854821, wcet_ns: 1025786}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 346328
    p50_ns: 350717
    p99_ns: 367676
    p999_ns: 367676
    max_ns: 367676
    wcet_ns: 441212
    curve:
      - {sms: 4, runs: 15, p50_ns: 352908, p99_ns: 365358, max_ns: 365358, wcet_ns: 438430, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 190406, p99_ns: 199731, max_ns: 199731, wcet_ns: 239678, interference: 1.0786}
      - {sms: 16, runs: 15, p50_ns: 121896, p99_ns: 137374, max_ns: 137374, wcet_ns: 164849}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 202070, p99_ns: 369045, max_ns: 369045, wcet_ns: 442854}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 273451, p99_ns: 783350, max_ns: 783350, wcet_ns: 940020}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 460226, p99_ns: 900868, max_ns: 900868, wcet_ns: 1081042}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1125124
    p50_ns: 1128642
    p99_ns: 1138723
    p999_ns: 1138723
    max_ns: 1138723
    wcet_ns: 1366468
    curve:
      - {sms: 4, runs: 15, p50_ns: 1127485, p99_ns: 1141666, max_ns: 1141666, wcet_ns: 1370000, interference: 1.1859}
      - {sms: 8, runs: 15, p50_ns: 590959, p99_ns: 601667, max_ns: 601667, wcet_ns: 722001, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 333011, p99_ns: 346746, max_ns: 346746, wcet_ns: 416096}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 530851, p99_ns: 630159, max_ns: 630159, wcet_ns: 756191}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 921874, p99_ns: 1061002, max_ns: 1061002, wcet_ns: 1273203}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1218066, p99_ns: 1822373, max_ns: 1822373, wcet_ns: 2186848}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 921004
    p50_ns: 924018
    p99_ns: 940225
    p999_ns: 940225
    max_ns: 940225
    wcet_ns: 1128270
    curve:
      - {sms: 4, runs: 15, p50_ns: 922479, p99_ns: 960488, max_ns: 960488, wcet_ns: 1152586, interference: 1.0106}
      - {sms: 8, runs: 15, p50_ns: 481874, p99_ns: 492103, max_ns: 492103, wcet_ns: 590524, interference: 1.0703}
      - {sms: 16, runs: 15, p50_ns: 288840, p99_ns: 304059, max_ns: 304059, wcet_ns: 364871}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 602135, p99_ns: 715875, max_ns: 715875, wcet_ns: 859050}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 864876, p99_ns: 1261852, max_ns: 1261852, wcet_ns: 1514223}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1017024, p99_ns: 1537003, max_ns: 1537003, wcet_ns: 1844404}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1271788
    p50_ns: 1274503
    p99_ns: 1285693
    p999_ns: 1285693
    max_ns: 1285693
    wcet_ns: 1542832
    curve:
      - {sms: 4, runs: 15, p50_ns: 1276035, p99_ns: 1288212, max_ns: 1288212, wcet_ns: 1545855, interference: 1.0134}
      - {sms: 8, runs: 15, p50_ns: 669223, p99_ns: 684989, max_ns: 684989, wcet_ns: 821987, interference: 1.0011}
      - {sms: 16, runs: 15, p50_ns: 409880, p99_ns: 414808, max_ns: 414808, wcet_ns: 497770}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 678465, p99_ns: 954278, max_ns: 954278, wcet_ns: 1145134}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 994316, p99_ns: 1525943, max_ns: 1525943, wcet_ns: 1831132}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1585199, p99_ns: 2370047, max_ns: 2370047, wcet_ns: 2844057}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 3023032
    p50_ns: 3028073
    p99_ns: 3053455
    p999_ns: 3053455
    max_ns: 3053455
    wcet_ns: 3664146
    curve:
      - {sms: 4, runs: 15, p50_ns: 3026686, p99_ns: 3046237, max_ns: 3046237, wcet_ns: 3655485, interference: 1.0107}
      - {sms: 8, runs: 15, p50_ns: 1550522, p99_ns: 1573097, max_ns: 1573097, wcet_ns: 1887717, interference: 1.0046}
      - {sms: 16, runs: 15, p50_ns: 865748, p99_ns: 876482, max_ns: 876482, wcet_ns: 1051779}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1380239, p99_ns: 1509498, max_ns: 1509498, wcet_ns: 1811398}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1892703, p99_ns: 2179070, max_ns: 2179070, wcet_ns: 2614884}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2420188, p99_ns: 2983600, max_ns: 2983600, wcet_ns: 3580320}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 2272735
    p50_ns: 2274982
    p99_ns: 2286585
    p999_ns: 2286585
    max_ns: 2286585
    wcet_ns: 2743902
    curve:
      - {sms: 4, runs: 15, p50_ns: 2275010, p99_ns: 2282482, max_ns: 2282482, wcet_ns: 2738979, interference: 1.0132}
      - {sms: 8, runs: 15, p50_ns: 1174941, p99_ns: 1193052, max_ns: 1193052, wcet_ns: 1431663, interference: 1.0149}
      - {sms: 16, runs: 15, p50_ns: 665079, p99_ns: 673357, max_ns: 673357, wcet_ns: 808029}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1065089, p99_ns: 1174297, max_ns: 1174297, wcet_ns: 1409157}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1524458, p99_ns: 2095741, max_ns: 2095741, wcet_ns: 2514890}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1835941, p99_ns: 2386791, max_ns: 2386791, wcet_ns: 2864150}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 1776270
    p50_ns: 1782623
    p99_ns: 1837987
    p999_ns: 1837987
    max_ns: 1837987
    wcet_ns: 2205585
    curve:
      - {sms: 4, runs: 15, p50_ns: 1780717, p99_ns: 1802165, max_ns: 1802165, wcet_ns: 2162598, interference: 1.0285}
      - {sms: 8, runs: 15, p50_ns: 924988, p99_ns: 942837, max_ns: 942837, wcet_ns: 1131405, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 521011, p99_ns: 528455, max_ns: 528455, wcet_ns: 634146}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 842301, p99_ns: 932433, max_ns: 932433, wcet_ns: 1118920}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1253596, p99_ns: 1758729, max_ns: 1758729, wcet_ns: 2110475}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1613485, p99_ns: 1897259, max_ns: 1897259, wcet_ns: 2276711}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 765951
    p50_ns: 772039
    p99_ns: 823279
    p999_ns: 823279
    max_ns: 823279
    wcet_ns: 987935
    curve:
      - {sms: 4, runs: 15, p50_ns: 774383, p99_ns: 790058, max_ns: 790058, wcet_ns: 948070, interference: 1.0074}
      - {sms: 8, runs: 15, p50_ns: 402960, p99_ns: 421079, max_ns: 421079, wcet_ns: 505295, interference: 1.0322}
      - {sms: 16, runs: 15, p50_ns: 255296, p99_ns: 312023, max_ns: 312023, wcet_ns: 374428}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 442774, p99_ns: 556586, max_ns: 556586, wcet_ns: 667904}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 602014, p99_ns: 1080636, max_ns: 1080636, wcet_ns: 1296764}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 801811, p99_ns: 1447008, max_ns: 1447008, wcet_ns: 1736410}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1773445
    p50_ns: 1776880
    p99_ns: 1787842
    p999_ns: 1787842
    max_ns: 1787842
    wcet_ns: 2145411
    curve:
      - {sms: 4, runs: 15, p50_ns: 1789212, p99_ns: 1803324, max_ns: 1803324, wcet_ns: 2163989, interference: 1.0004}
      - {sms: 8, runs: 15, p50_ns: 919168, p99_ns: 931855, max_ns: 931855, wcet_ns: 1118226, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 522800, p99_ns: 530267, max_ns: 530267, wcet_ns: 636321}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 709825, p99_ns: 1027461, max_ns: 1027461, wcet_ns: 1232954}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1256114, p99_ns: 1549300, max_ns: 1549300, wcet_ns: 1859160}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1578762, p99_ns: 2169114, max_ns: 2169114, wcet_ns: 2602937}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1771017
    p50_ns: 1774337
    p99_ns: 1781743
    p999_ns: 1781743
    max_ns: 1781743
    wcet_ns: 2138092
    curve:
      - {sms: 4, runs: 15, p50_ns: 1779037, p99_ns: 1795493, max_ns: 1795493, wcet_ns: 2154592, interference: 1.0298}
      - {sms: 8, runs: 15, p50_ns: 919584, p99_ns: 930506, max_ns: 930506, wcet_ns: 1116608, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 558329, p99_ns: 577143, max_ns: 577143, wcet_ns: 692572}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 854252, p99_ns: 1085736, max_ns: 1085736, wcet_ns: 1302884}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1333073, p99_ns: 1809069, max_ns: 1809069, wcet_ns: 2170883}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1589494, p99_ns: 2048905, max_ns: 2048905, wcet_ns: 2458686}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1526575
    p50_ns: 1531052
    p99_ns: 1578253
    p999_ns: 1578253
    max_ns: 1578253
    wcet_ns: 1893904
    curve:
      - {sms: 4, runs: 15, p50_ns: 1526368, p99_ns: 1575574, max_ns: 1575574, wcet_ns: 1890689, interference: 1.0213}
      - {sms: 8, runs: 15, p50_ns: 817073, p99_ns: 831401, max_ns: 831401, wcet_ns: 997682, interference: 1.0082}
      - {sms: 16, runs: 15, p50_ns: 526237, p99_ns: 540337, max_ns: 540337, wcet_ns: 648405}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 867490, p99_ns: 932887, max_ns: 932887, wcet_ns: 1119465}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1589994, p99_ns: 1710008, max_ns: 1710008, wcet_ns: 2052010}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1763652, p99_ns: 2218378, max_ns: 2218378, wcet_ns: 2662054}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 2025598
    p50_ns: 2030186
    p99_ns: 2042541
    p999_ns: 2042541
    max_ns: 2042541
    wcet_ns: 2451050
    curve:
      - {sms: 4, runs: 15, p50_ns: 2027713, p99_ns: 2044028, max_ns: 2044028, wcet_ns: 2452834, interference: 1.0341}
      - {sms: 8, runs: 15, p50_ns: 1047960, p99_ns: 1055949, max_ns: 1055949, wcet_ns: 1267139, interference: 1.0037}
      - {sms: 16, runs: 15, p50_ns: 622925, p99_ns: 629841, max_ns: 629841, wcet_ns: 755810}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1071000, p99_ns: 1192146, max_ns: 1192146, wcet_ns: 1430576}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1572310, p99_ns: 1826893, max_ns: 1826893, wcet_ns: 2192272}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2187977, p99_ns: 2929704, max_ns: 2929704, wcet_ns: 3515645}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1265821
    p50_ns: 1267490
    p99_ns: 1279679
    p999_ns: 1279679
    max_ns: 1279679
    wcet_ns: 1535615
    curve:
      - {sms: 4, runs: 15, p50_ns: 1268692, p99_ns: 1275832, max_ns: 1275832, wcet_ns: 1530999, interference: 1.023}
      - {sms: 8, runs: 15, p50_ns: 663143, p99_ns: 678541, max_ns: 678541, wcet_ns: 814250, interference: 1.0391}
      - {sms: 16, runs: 15, p50_ns: 443605, p99_ns: 451682, max_ns: 451682, wcet_ns: 542019}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 755504, p99_ns: 903316, max_ns: 903316, wcet_ns: 1083980}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1040890, p99_ns: 1611525, max_ns: 1611525, wcet_ns: 1933830}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1502224, p99_ns: 2604815, max_ns: 2604815, wcet_ns: 3125778}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 3020989
    p50_ns: 3024721
    p99_ns: 3037882
    p999_ns: 3037882
    max_ns: 3037882
    wcet_ns: 3645459
    curve:
      - {sms: 4, runs: 15, p50_ns: 3024947, p99_ns: 3034855, max_ns: 3034855, wcet_ns: 3641826, interference: 1.0198}
      - {sms: 8, runs: 15, p50_ns: 1575393, p99_ns: 1589844, max_ns: 1589844, wcet_ns: 1907813, interference: 1.1157}
      - {sms: 16, runs: 15, p50_ns: 1026574, p99_ns: 1031441, max_ns: 1031441, wcet_ns: 1237730}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1748437, p99_ns: 1951095, max_ns: 1951095, wcet_ns: 2341314}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2600571, p99_ns: 3100098, max_ns: 3100098, wcet_ns: 3720118}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2988824, p99_ns: 3614600, max_ns: 3614600, wcet_ns: 4337520}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 5023002
    p50_ns: 5025269
    p99_ns: 5054470
    p999_ns: 5054470
    max_ns: 5054470
    wcet_ns: 6065364
    curve:
      - {sms: 4, runs: 15, p50_ns: 5023973, p99_ns: 5032877, max_ns: 5032877, wcet_ns: 6039453, interference: 1.0199}
      - {sms: 8, runs: 15, p50_ns: 2562766, p99_ns: 2592179, max_ns: 2592179, wcet_ns: 3110615, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 1503905, p99_ns: 1509105, max_ns: 1509105, wcet_ns: 1810926}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 2482726, p99_ns: 2726262, max_ns: 2726262, wcet_ns: 3271515}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 3242488, p99_ns: 3527033, max_ns: 3527033, wcet_ns: 4232440}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3924826, p99_ns: 4583369, max_ns: 4583369, wcet_ns: 5500043}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 3516835
    p50_ns: 3520010
    p99_ns: 3530774
    p999_ns: 3530774
    max_ns: 3530774
    wcet_ns: 4236929
    curve:
      - {sms: 4, runs: 15, p50_ns: 3531908, p99_ns: 3640833, max_ns: 3640833, wcet_ns: 4369000, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 1801361, p99_ns: 1811771, max_ns: 1811771, wcet_ns: 2174126, interference: 1.004}
      - {sms: 16, runs: 15, p50_ns: 1063008, p99_ns: 1069737, max_ns: 1069737, wcet_ns: 1283685}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1646114, p99_ns: 1861329, max_ns: 1861329, wcet_ns: 2233595}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2590040, p99_ns: 3050190, max_ns: 3050190, wcet_ns: 3660228}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3221284, p99_ns: 3459645, max_ns: 3459645, wcet_ns: 4151574}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 4025004
    p50_ns: 4049970
    p99_ns: 4072759
    p999_ns: 4072759
    max_ns: 4072759
    wcet_ns: 4887311
    curve:
      - {sms: 4, runs: 15, p50_ns: 4037357, p99_ns: 4722820, max_ns: 4722820, wcet_ns: 5667384, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 2092886, p99_ns: 2111735, max_ns: 2111735, wcet_ns: 2534082, interference: 1.0156}
      - {sms: 16, runs: 15, p50_ns: 1354987, p99_ns: 1361727, max_ns: 1361727, wcet_ns: 1634073}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1989534, p99_ns: 2508347, max_ns: 2508347, wcet_ns: 3010017}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 3311878, p99_ns: 3739244, max_ns: 3739244, wcet_ns: 4487093}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3930749, p99_ns: 4366790, max_ns: 4366790, wcet_ns: 5240148}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 4511980
    p50_ns: 4517302
    p99_ns: 4574053
    p999_ns: 4574053
    max_ns: 4574053
    wcet_ns: 5488864
    curve:
      - {sms: 4, runs: 15, p50_ns: 4517880, p99_ns: 4537573, max_ns: 4537573, wcet_ns: 5445088, interference: 1.0135}
      - {sms: 8, runs: 15, p50_ns: 2306216, p99_ns: 2320219, max_ns: 2320219, wcet_ns: 2784263, interference: 1.0016}
      - {sms: 16, runs: 15, p50_ns: 1393059, p99_ns: 1498779, max_ns: 1498779, wcet_ns: 1798535}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 2125464, p99_ns: 2278634, max_ns: 2278634, wcet_ns: 2734361}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2995716, p99_ns: 3588401, max_ns: 3588401, wcet_ns: 4306082}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3709905, p99_ns: 4232608, max_ns: 4232608, wcet_ns: 5079130}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 2516666
    p50_ns: 2520406
    p99_ns: 2560045
    p999_ns: 2560045
    max_ns: 2560045
    wcet_ns: 3072054
    curve:
      - {sms: 4, runs: 15, p50_ns: 2532498, p99_ns: 2577051, max_ns: 2577051, wcet_ns: 3092462, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 1293369, p99_ns: 1302958, max_ns: 1302958, wcet_ns: 1563550, interference: 1.0033}
      - {sms: 16, runs: 15, p50_ns: 726374, p99_ns: 732255, max_ns: 732255, wcet_ns: 878706}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1036686, p99_ns: 1249818, max_ns: 1249818, wcet_ns: 1499782}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1601561, p99_ns: 2279478, max_ns: 2279478, wcet_ns: 2735374}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2148757, p99_ns: 2550774, max_ns: 2550774, wcet_ns: 3060929}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 2020405
    p50_ns: 2025564
    p99_ns: 2032198
    p999_ns: 2032198
    max_ns: 2032198
    wcet_ns: 2438638
    curve:
      - {sms: 4, runs: 15, p50_ns: 2025530, p99_ns: 2037232, max_ns: 2037232, wcet_ns: 2444679, interference: 1.1167}
      - {sms: 8, runs: 15, p50_ns: 1064349, p99_ns: 1078007, max_ns: 1078007, wcet_ns: 1293609, interference: 1.026}
      - {sms: 16, runs: 15, p50_ns: 690655, p99_ns: 704006, max_ns: 704006, wcet_ns: 844808}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1184218, p99_ns: 1353260, max_ns: 1353260, wcet_ns: 1623912}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1720123, p99_ns: 2076416, max_ns: 2076416, wcet_ns: 2491700}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2405167, p99_ns: 2828655, max_ns: 2828655, wcet_ns: 3394386}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 1484325
    p50_ns: 1486683
    p99_ns: 1503558
    p999_ns: 1503558
    max_ns: 1503558
    wcet_ns: 1804270
    curve:
      - {sms: 4, runs: 15, p50_ns: 1486281, p99_ns: 1501955, max_ns: 1501955, wcet_ns: 1802346, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 761740, p99_ns: 777295, max_ns: 777295, wcet_ns: 932754, interference: 1.0308}
      - {sms: 16, runs: 15, p50_ns: 473068, p99_ns: 502253, max_ns: 502253, wcet_ns: 602704}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 682276, p99_ns: 775540, max_ns: 775540, wcet_ns: 930648}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1019778, p99_ns: 1369946, max_ns: 1369946, wcet_ns: 1643936}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1101296, p99_ns: 1969838, max_ns: 1969838, wcet_ns: 2363806}
