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
dispatch_overhead: {p50_ns: 300, p99_ns: 4065, max_ns: 4331}
device_memory: {driver_fixed: 1246560256, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0, device_other: 503316480}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 321224
    p50_ns: 324610
    p99_ns: 348877
    p999_ns: 348877
    max_ns: 348877
    wcet_ns: 418653
    curve:
      - {sms: 4, runs: 15, p50_ns: 320262, p99_ns: 343007, max_ns: 343007, wcet_ns: 411609, interference: 1.0163}
      - {sms: 8, runs: 15, p50_ns: 180844, p99_ns: 203261, max_ns: 203261, wcet_ns: 243914, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 114877, p99_ns: 137642, max_ns: 137642, wcet_ns: 165171}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 190015, p99_ns: 297774, max_ns: 297774, wcet_ns: 357329}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 282482, p99_ns: 570635, max_ns: 570635, wcet_ns: 684762}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 342245, p99_ns: 444229, max_ns: 444229, wcet_ns: 533075}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 469631
    p50_ns: 472606
    p99_ns: 492742
    p999_ns: 492742
    max_ns: 492742
    wcet_ns: 591291
    curve:
      - {sms: 4, runs: 15, p50_ns: 476014, p99_ns: 553709, max_ns: 553709, wcet_ns: 664451, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 255523, p99_ns: 276596, max_ns: 276596, wcet_ns: 331916, interference: 1.0189}
      - {sms: 16, runs: 15, p50_ns: 157006, p99_ns: 182981, max_ns: 182981, wcet_ns: 219578}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 261999, p99_ns: 311218, max_ns: 311218, wcet_ns: 373462}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 339758, p99_ns: 578959, max_ns: 578959, wcet_ns: 694751}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 446061, p99_ns: 754328, max_ns: 754328, wcet_ns: 905194}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 285146
    p50_ns: 288279
    p99_ns: 304052
    p999_ns: 304052
    max_ns: 304052
    wcet_ns: 364863
    curve:
      - {sms: 4, runs: 15, p50_ns: 287917, p99_ns: 302163, max_ns: 302163, wcet_ns: 362596, interference: 1.0149}
      - {sms: 8, runs: 15, p50_ns: 160602, p99_ns: 182726, max_ns: 182726, wcet_ns: 219272, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 108264, p99_ns: 123573, max_ns: 123573, wcet_ns: 148288}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 140632, p99_ns: 189572, max_ns: 189572, wcet_ns: 227487}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 231063, p99_ns: 350739, max_ns: 350739, wcet_ns: 420887}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 334830, p99_ns: 745748, max_ns: 745748, wcet_ns: 894898}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 214351
    p50_ns: 217051
    p99_ns: 242063
    p999_ns: 242063
    max_ns: 242063
    wcet_ns: 290476
    curve:
      - {sms: 4, runs: 15, p50_ns: 215535, p99_ns: 231962, max_ns: 231962, wcet_ns: 278355, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 127813, p99_ns: 143740, max_ns: 143740, wcet_ns: 172488, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 87421, p99_ns: 102640, max_ns: 102640, wcet_ns: 123168}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 144541, p99_ns: 185941, max_ns: 185941, wcet_ns: 223130}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 190031, p99_ns: 385975, max_ns: 385975, wcet_ns: 463170}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 322441, p99_ns: 494709, max_ns: 494709, wcet_ns: 593651}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 677060
    p50_ns: 682473
    p99_ns: 700988
    p999_ns: 700988
    max_ns: 700988
    wcet_ns: 841186
    curve:
      - {sms: 4, runs: 15, p50_ns: 682763, p99_ns: 696189, max_ns: 696189, wcet_ns: 835427, interference: 1.0176}
      - {sms: 8, runs: 15, p50_ns: 366084, p99_ns: 379204, max_ns: 379204, wcet_ns: 455045, interference: 1.0089}
      - {sms: 16, runs: 15, p50_ns: 204782, p99_ns: 221806, max_ns: 221806, wcet_ns: 266168}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 320479, p99_ns: 417570, max_ns: 417570, wcet_ns: 501084}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 598001, p99_ns: 777512, max_ns: 777512, wcet_ns: 933015}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 622370, p99_ns: 923671, max_ns: 923671, wcet_ns: 1108406}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 556340
    p50_ns: 558470
    p99_ns: 572840
    p999_ns: 572840
    max_ns: 572840
    wcet_ns: 687408
    curve:
      - {sms: 4, runs: 15, p50_ns: 559986, p99_ns: 582029, max_ns: 582029, wcet_ns: 698435, interference: 1.0195}
      - {sms: 8, runs: 15, p50_ns: 306489, p99_ns: 333444, max_ns: 333444, wcet_ns: 400133, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 181755, p99_ns: 200301, max_ns: 200301, wcet_ns: 240362}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 364516, p99_ns: 467057, max_ns: 467057, wcet_ns: 560469}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 488251, p99_ns: 627353, max_ns: 627353, wcet_ns: 752824}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 720624, p99_ns: 896493, max_ns: 896493, wcet_ns: 1075792}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 766874
    p50_ns: 771039
    p99_ns: 802754
    p999_ns: 802754
    max_ns: 802754
    wcet_ns: 963305
    curve:
      - {sms: 4, runs: 15, p50_ns: 771408, p99_ns: 802874, max_ns: 802874, wcet_ns: 963449, interference: 1.0324}
      - {sms: 8, runs: 15, p50_ns: 415218, p99_ns: 423618, max_ns: 423618, wcet_ns: 508342, interference: 1.0145}
      - {sms: 16, runs: 15, p50_ns: 233876, p99_ns: 257069, max_ns: 257069, wcet_ns: 308483}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 365076, p99_ns: 540123, max_ns: 540123, wcet_ns: 648148}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 618520, p99_ns: 1002066, max_ns: 1002066, wcet_ns: 1202480}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1047186, p99_ns: 1434286, max_ns: 1434286, wcet_ns: 1721144}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 1819006
    p50_ns: 1826111
    p99_ns: 1900267
    p999_ns: 1900267
    max_ns: 1900267
    wcet_ns: 2280321
    curve:
      - {sms: 4, runs: 15, p50_ns: 1832157, p99_ns: 1885224, max_ns: 1885224, wcet_ns: 2262269, interference: 1.0101}
      - {sms: 8, runs: 15, p50_ns: 940367, p99_ns: 951037, max_ns: 951037, wcet_ns: 1141245, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 534970, p99_ns: 548944, max_ns: 548944, wcet_ns: 658733}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 803762, p99_ns: 898117, max_ns: 898117, wcet_ns: 1077741}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1055178, p99_ns: 1290924, max_ns: 1290924, wcet_ns: 1549109}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1354512, p99_ns: 1559447, max_ns: 1559447, wcet_ns: 1871337}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 1366291
    p50_ns: 1371837
    p99_ns: 1382761
    p999_ns: 1382761
    max_ns: 1382761
    wcet_ns: 1659314
    curve:
      - {sms: 4, runs: 15, p50_ns: 1373729, p99_ns: 1391772, max_ns: 1391772, wcet_ns: 1670127, interference: 1.0073}
      - {sms: 8, runs: 15, p50_ns: 717058, p99_ns: 833591, max_ns: 833591, wcet_ns: 1000310, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 407742, p99_ns: 424878, max_ns: 424878, wcet_ns: 509854}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 658241, p99_ns: 777278, max_ns: 777278, wcet_ns: 932734}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 892707, p99_ns: 1181055, max_ns: 1181055, wcet_ns: 1417266}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 952453, p99_ns: 1234600, max_ns: 1234600, wcet_ns: 1481520}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 1065400
    p50_ns: 1070096
    p99_ns: 1085950
    p999_ns: 1085950
    max_ns: 1085950
    wcet_ns: 1303140
    curve:
      - {sms: 4, runs: 15, p50_ns: 1066994, p99_ns: 1078022, max_ns: 1078022, wcet_ns: 1293627, interference: 1.0542}
      - {sms: 8, runs: 15, p50_ns: 569992, p99_ns: 587121, max_ns: 587121, wcet_ns: 704546, interference: 1.0663}
      - {sms: 16, runs: 15, p50_ns: 314130, p99_ns: 328121, max_ns: 328121, wcet_ns: 393746}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 510684, p99_ns: 599119, max_ns: 599119, wcet_ns: 718943}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 682189, p99_ns: 864508, max_ns: 864508, wcet_ns: 1037410}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1001433, p99_ns: 1155839, max_ns: 1155839, wcet_ns: 1387007}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 463095
    p50_ns: 465984
    p99_ns: 489169
    p999_ns: 489169
    max_ns: 489169
    wcet_ns: 587003
    curve:
      - {sms: 4, runs: 15, p50_ns: 470134, p99_ns: 489780, max_ns: 489780, wcet_ns: 587736, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 249889, p99_ns: 278024, max_ns: 278024, wcet_ns: 333629, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 154897, p99_ns: 173199, max_ns: 173199, wcet_ns: 207839}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 229915, p99_ns: 384568, max_ns: 384568, wcet_ns: 461482}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 366724, p99_ns: 550868, max_ns: 550868, wcet_ns: 661042}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 482987, p99_ns: 748603, max_ns: 748603, wcet_ns: 898324}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1068795
    p50_ns: 1072479
    p99_ns: 1084683
    p999_ns: 1084683
    max_ns: 1084683
    wcet_ns: 1301620
    curve:
      - {sms: 4, runs: 15, p50_ns: 1069484, p99_ns: 1114251, max_ns: 1114251, wcet_ns: 1337102, interference: 1.0176}
      - {sms: 8, runs: 15, p50_ns: 563401, p99_ns: 577059, max_ns: 577059, wcet_ns: 692471, interference: 1.004}
      - {sms: 16, runs: 15, p50_ns: 316246, p99_ns: 331439, max_ns: 331439, wcet_ns: 397727}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 417095, p99_ns: 662761, max_ns: 662761, wcet_ns: 795314}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 776700, p99_ns: 833042, max_ns: 833042, wcet_ns: 999651}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 840105, p99_ns: 1122077, max_ns: 1122077, wcet_ns: 1346493}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1068326
    p50_ns: 1072222
    p99_ns: 1124990
    p999_ns: 1124990
    max_ns: 1124990
    wcet_ns: 1349988
    curve:
      - {sms: 4, runs: 15, p50_ns: 1072666, p99_ns: 1124427, max_ns: 1124427, wcet_ns: 1349313, interference: 1.0109}
      - {sms: 8, runs: 15, p50_ns: 564665, p99_ns: 598375, max_ns: 598375, wcet_ns: 718050, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 315029, p99_ns: 332764, max_ns: 332764, wcet_ns: 399317}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 545621, p99_ns: 654641, max_ns: 654641, wcet_ns: 785570}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 787027, p99_ns: 966550, max_ns: 966550, wcet_ns: 1159860}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 888144, p99_ns: 1205779, max_ns: 1205779, wcet_ns: 1446935}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 922461
    p50_ns: 924814
    p99_ns: 939935
    p999_ns: 939935
    max_ns: 939935
    wcet_ns: 1127922
    curve:
      - {sms: 4, runs: 15, p50_ns: 925198, p99_ns: 939311, max_ns: 939311, wcet_ns: 1127174, interference: 1.0298}
      - {sms: 8, runs: 15, p50_ns: 494837, p99_ns: 510035, max_ns: 510035, wcet_ns: 612042, interference: 1.048}
      - {sms: 16, runs: 15, p50_ns: 329545, p99_ns: 355491, max_ns: 355491, wcet_ns: 426590}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 554347, p99_ns: 602693, max_ns: 602693, wcet_ns: 723232}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 962020, p99_ns: 1230437, max_ns: 1230437, wcet_ns: 1476525}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1058782, p99_ns: 1254273, max_ns: 1254273, wcet_ns: 1505128}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1221139
    p50_ns: 1223202
    p99_ns: 1281265
    p999_ns: 1281265
    max_ns: 1281265
    wcet_ns: 1537518
    curve:
      - {sms: 4, runs: 15, p50_ns: 1223475, p99_ns: 1275037, max_ns: 1275037, wcet_ns: 1530045, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 642330, p99_ns: 668442, max_ns: 668442, wcet_ns: 802131, interference: 1.0034}
      - {sms: 16, runs: 15, p50_ns: 395518, p99_ns: 403226, max_ns: 403226, wcet_ns: 483872}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 666640, p99_ns: 726464, max_ns: 726464, wcet_ns: 871757}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 929658, p99_ns: 1152588, max_ns: 1152588, wcet_ns: 1383106}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1381998, p99_ns: 1803250, max_ns: 1803250, wcet_ns: 2163900}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 762582
    p50_ns: 764953
    p99_ns: 776560
    p999_ns: 776560
    max_ns: 776560
    wcet_ns: 931872
    curve:
      - {sms: 4, runs: 15, p50_ns: 765677, p99_ns: 776659, max_ns: 776659, wcet_ns: 931991, interference: 1.0554}
      - {sms: 8, runs: 15, p50_ns: 408106, p99_ns: 415891, max_ns: 415891, wcet_ns: 499070, interference: 1.0555}
      - {sms: 16, runs: 15, p50_ns: 250595, p99_ns: 277115, max_ns: 277115, wcet_ns: 332538}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 500019, p99_ns: 582085, max_ns: 582085, wcet_ns: 698502}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 679339, p99_ns: 915445, max_ns: 915445, wcet_ns: 1098534}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 839839, p99_ns: 979727, max_ns: 979727, wcet_ns: 1175673}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1818450
    p50_ns: 1822770
    p99_ns: 1880361
    p999_ns: 1880361
    max_ns: 1880361
    wcet_ns: 2256434
    curve:
      - {sms: 4, runs: 15, p50_ns: 1821821, p99_ns: 1875481, max_ns: 1875481, wcet_ns: 2250578, interference: 1.0193}
      - {sms: 8, runs: 15, p50_ns: 961536, p99_ns: 974867, max_ns: 974867, wcet_ns: 1169841, interference: 1.0181}
      - {sms: 16, runs: 15, p50_ns: 632798, p99_ns: 642196, max_ns: 642196, wcet_ns: 770636}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 941883, p99_ns: 1115494, max_ns: 1115494, wcet_ns: 1338593}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1494425, p99_ns: 1794170, max_ns: 1794170, wcet_ns: 2153004}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1786951, p99_ns: 2249344, max_ns: 2249344, wcet_ns: 2699213}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 3013188
    p50_ns: 3020736
    p99_ns: 3042114
    p999_ns: 3042114
    max_ns: 3042114
    wcet_ns: 3650537
    curve:
      - {sms: 4, runs: 15, p50_ns: 3020735, p99_ns: 3058547, max_ns: 3058547, wcet_ns: 3670257, interference: 1.0062}
      - {sms: 8, runs: 15, p50_ns: 1548550, p99_ns: 1563285, max_ns: 1563285, wcet_ns: 1875942, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 920721, p99_ns: 929677, max_ns: 929677, wcet_ns: 1115613}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1415524, p99_ns: 1685940, max_ns: 1685940, wcet_ns: 2023128}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1940270, p99_ns: 2244600, max_ns: 2244600, wcet_ns: 2693520}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2260240, p99_ns: 3085879, max_ns: 3085879, wcet_ns: 3703055}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 2113649
    p50_ns: 2117206
    p99_ns: 2134779
    p999_ns: 2134779
    max_ns: 2134779
    wcet_ns: 2561735
    curve:
      - {sms: 4, runs: 15, p50_ns: 2119843, p99_ns: 2131633, max_ns: 2131633, wcet_ns: 2557960, interference: 1.0129}
      - {sms: 8, runs: 15, p50_ns: 1094563, p99_ns: 1109424, max_ns: 1109424, wcet_ns: 1331309, interference: 1.0254}
      - {sms: 16, runs: 15, p50_ns: 656696, p99_ns: 661702, max_ns: 661702, wcet_ns: 794043}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1088960, p99_ns: 1246237, max_ns: 1246237, wcet_ns: 1495485}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1417655, p99_ns: 1767735, max_ns: 1767735, wcet_ns: 2121282}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1786057, p99_ns: 2303674, max_ns: 2303674, wcet_ns: 2764409}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 2416551
    p50_ns: 2423198
    p99_ns: 2443932
    p999_ns: 2443932
    max_ns: 2443932
    wcet_ns: 2932719
    curve:
      - {sms: 4, runs: 15, p50_ns: 2424165, p99_ns: 2439302, max_ns: 2439302, wcet_ns: 2927163, interference: 1.0106}
      - {sms: 8, runs: 15, p50_ns: 1270681, p99_ns: 1287119, max_ns: 1287119, wcet_ns: 1544543, interference: 1.0149}
      - {sms: 16, runs: 15, p50_ns: 829167, p99_ns: 840934, max_ns: 840934, wcet_ns: 1009121}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1192240, p99_ns: 1307677, max_ns: 1307677, wcet_ns: 1569213}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1866230, p99_ns: 2104035, max_ns: 2104035, wcet_ns: 2524842}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2241330, p99_ns: 2558119, max_ns: 2558119, wcet_ns: 3069743}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 2716096
    p50_ns: 2718682
    p99_ns: 2740520
    p999_ns: 2740520
    max_ns: 2740520
    wcet_ns: 3288624
    curve:
      - {sms: 4, runs: 15, p50_ns: 2724674, p99_ns: 2740664, max_ns: 2740664, wcet_ns: 3288797, interference: 1.0135}
      - {sms: 8, runs: 15, p50_ns: 1400138, p99_ns: 1411395, max_ns: 1411395, wcet_ns: 1693674, interference: 1.0035}
      - {sms: 16, runs: 15, p50_ns: 841380, p99_ns: 848380, max_ns: 848380, wcet_ns: 1018056}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1282405, p99_ns: 1553642, max_ns: 1553642, wcet_ns: 1864371}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1858632, p99_ns: 2017216, max_ns: 2017216, wcet_ns: 2420660}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2161505, p99_ns: 2636803, max_ns: 2636803, wcet_ns: 3164164}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 1520191
    p50_ns: 1527882
    p99_ns: 1544819
    p999_ns: 1544819
    max_ns: 1544819
    wcet_ns: 1853783
    curve:
      - {sms: 4, runs: 15, p50_ns: 1520253, p99_ns: 1535370, max_ns: 1535370, wcet_ns: 1842444, interference: 1.017}
      - {sms: 8, runs: 15, p50_ns: 798461, p99_ns: 822736, max_ns: 822736, wcet_ns: 987284, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 451285, p99_ns: 456362, max_ns: 456362, wcet_ns: 547635}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 610048, p99_ns: 677629, max_ns: 677629, wcet_ns: 813155}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1005838, p99_ns: 1239055, max_ns: 1239055, wcet_ns: 1486866}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1168295, p99_ns: 1493820, max_ns: 1493820, wcet_ns: 1792584}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 1218329
    p50_ns: 1221855
    p99_ns: 1286585
    p999_ns: 1286585
    max_ns: 1286585
    wcet_ns: 1543902
    curve:
      - {sms: 4, runs: 15, p50_ns: 1221752, p99_ns: 1262291, max_ns: 1262291, wcet_ns: 1514750, interference: 1.0599}
      - {sms: 8, runs: 15, p50_ns: 654916, p99_ns: 661531, max_ns: 661531, wcet_ns: 793838, interference: 1.0278}
      - {sms: 16, runs: 15, p50_ns: 421969, p99_ns: 442813, max_ns: 442813, wcet_ns: 531376}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 691796, p99_ns: 846964, max_ns: 846964, wcet_ns: 1016357}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1054451, p99_ns: 1292312, max_ns: 1292312, wcet_ns: 1550775}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1200365, p99_ns: 1659759, max_ns: 1659759, wcet_ns: 1991711}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 912451
    p50_ns: 914009
    p99_ns: 923835
    p999_ns: 923835
    max_ns: 923835
    wcet_ns: 1108602
    curve:
      - {sms: 4, runs: 15, p50_ns: 915441, p99_ns: 928723, max_ns: 928723, wcet_ns: 1114468, interference: 1.0031}
      - {sms: 8, runs: 15, p50_ns: 473506, p99_ns: 491701, max_ns: 491701, wcet_ns: 590042, interference: 1.0611}
      - {sms: 16, runs: 15, p50_ns: 281054, p99_ns: 315381, max_ns: 315381, wcet_ns: 378458}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 426448, p99_ns: 474595, max_ns: 474595, wcet_ns: 569514}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 595141, p99_ns: 879200, max_ns: 879200, wcet_ns: 1055040}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 992182, p99_ns: 1247527, max_ns: 1247527, wcet_ns: 1497033}
