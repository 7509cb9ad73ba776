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
dispatch_overhead: {p50_ns: 325, p99_ns: 4281, max_ns: 7413}
device_memory: {driver_fixed: 7076642816, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0, device_other: 503316480}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1019691
    p50_ns: 1023657
    p99_ns: 1040321
    p999_ns: 1040321
    max_ns: 1040321
    wcet_ns: 1248386
    curve:
      - {sms: 4, runs: 15, p50_ns: 1019083, p99_ns: 1039889, max_ns: 1039889, wcet_ns: 1247867, interference: 1.0002}
      - {sms: 8, runs: 15, p50_ns: 526501, p99_ns: 543420, max_ns: 543420, wcet_ns: 652104, interference: 1.0441}
      - {sms: 16, runs: 15, p50_ns: 305646, p99_ns: 328799, max_ns: 328799, wcet_ns: 394559}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 626308, p99_ns: 711580, max_ns: 711580, wcet_ns: 853896}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 718790, p99_ns: 948215, max_ns: 948215, wcet_ns: 1137858}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1187021, p99_ns: 1814168, max_ns: 1814168, wcet_ns: 2177002}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1516482
    p50_ns: 1519238
    p99_ns: 1534108
    p999_ns: 1534108
    max_ns: 1534108
    wcet_ns: 1840930
    curve:
      - {sms: 4, runs: 15, p50_ns: 1518814, p99_ns: 1530818, max_ns: 1530818, wcet_ns: 1836982, interference: 1.0085}
      - {sms: 8, runs: 15, p50_ns: 784362, p99_ns: 812800, max_ns: 812800, wcet_ns: 975360, interference: 1.0129}
      - {sms: 16, runs: 15, p50_ns: 442660, p99_ns: 468191, max_ns: 468191, wcet_ns: 561830}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 736042, p99_ns: 994138, max_ns: 994138, wcet_ns: 1192966}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1127661, p99_ns: 1529852, max_ns: 1529852, wcet_ns: 1835823}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1662262, p99_ns: 2519428, max_ns: 2519428, wcet_ns: 3023314}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 919000
    p50_ns: 923132
    p99_ns: 940728
    p999_ns: 940728
    max_ns: 940728
    wcet_ns: 1128874
    curve:
      - {sms: 4, runs: 15, p50_ns: 923521, p99_ns: 937158, max_ns: 937158, wcet_ns: 1124590, interference: 1.0037}
      - {sms: 8, runs: 15, p50_ns: 477668, p99_ns: 494338, max_ns: 494338, wcet_ns: 593206, interference: 1.0092}
      - {sms: 16, runs: 15, p50_ns: 274617, p99_ns: 291646, max_ns: 291646, wcet_ns: 349976}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 519505, p99_ns: 618914, max_ns: 618914, wcet_ns: 742697}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 773322, p99_ns: 1216981, max_ns: 1216981, wcet_ns: 1460378}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1247196, p99_ns: 1934011, max_ns: 1934011, wcet_ns: 2320814}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 669830
    p50_ns: 672562
    p99_ns: 749627
    p999_ns: 749627
    max_ns: 749627
    wcet_ns: 899553
    curve:
      - {sms: 4, runs: 15, p50_ns: 671984, p99_ns: 686145, max_ns: 686145, wcet_ns: 823374, interference: 1.0033}
      - {sms: 8, runs: 15, p50_ns: 353224, p99_ns: 366341, max_ns: 366341, wcet_ns: 439610, interference: 1.0108}
      - {sms: 16, runs: 15, p50_ns: 208730, p99_ns: 225139, max_ns: 225139, wcet_ns: 270167}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 348305, p99_ns: 461894, max_ns: 461894, wcet_ns: 554273}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 581203, p99_ns: 1265434, max_ns: 1265434, wcet_ns: 1518521}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 845721, p99_ns: 1426539, max_ns: 1426539, wcet_ns: 1711847}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 2223228
    p50_ns: 2226609
    p99_ns: 2243615
    p999_ns: 2243615
    max_ns: 2243615
    wcet_ns: 2692338
    curve:
      - {sms: 4, runs: 15, p50_ns: 2226251, p99_ns: 2238273, max_ns: 2238273, wcet_ns: 2685928, interference: 1.0135}
      - {sms: 8, runs: 15, p50_ns: 1148569, p99_ns: 1166176, max_ns: 1166176, wcet_ns: 1399412, interference: 1.004}
      - {sms: 16, runs: 15, p50_ns: 636704, p99_ns: 650826, max_ns: 650826, wcet_ns: 780992}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 985283, p99_ns: 1475706, max_ns: 1475706, wcet_ns: 1770848}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1886914, p99_ns: 2188253, max_ns: 2188253, wcet_ns: 2625904}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2364486, p99_ns: 3197489, max_ns: 3197489, wcet_ns: 3836987}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1816636
    p50_ns: 1820547
    p99_ns: 1838489
    p999_ns: 1838489
    max_ns: 1838489
    wcet_ns: 2206187
    curve:
      - {sms: 4, runs: 15, p50_ns: 1819757, p99_ns: 1832776, max_ns: 1832776, wcet_ns: 2199332, interference: 1.0227}
      - {sms: 8, runs: 15, p50_ns: 935227, p99_ns: 950397, max_ns: 950397, wcet_ns: 1140477, interference: 1.0604}
      - {sms: 16, runs: 15, p50_ns: 552703, p99_ns: 618106, max_ns: 618106, wcet_ns: 741728}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1269405, p99_ns: 1549985, max_ns: 1549985, wcet_ns: 1859982}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1745959, p99_ns: 2255401, max_ns: 2255401, wcet_ns: 2706482}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2484160, p99_ns: 2792158, max_ns: 2792158, wcet_ns: 3350590}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 2522549
    p50_ns: 2527148
    p99_ns: 2543698
    p999_ns: 2543698
    max_ns: 2543698
    wcet_ns: 3052438
    curve:
      - {sms: 4, runs: 15, p50_ns: 2534030, p99_ns: 2555176, max_ns: 2555176, wcet_ns: 3066212, interference: 1.0208}
      - {sms: 8, runs: 15, p50_ns: 1319871, p99_ns: 1336065, max_ns: 1336065, wcet_ns: 1603278, interference: 1.0067}
      - {sms: 16, runs: 15, p50_ns: 769828, p99_ns: 783020, max_ns: 783020, wcet_ns: 939624}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1374119, p99_ns: 1602549, max_ns: 1602549, wcet_ns: 1923059}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2153905, p99_ns: 2939484, max_ns: 2939484, wcet_ns: 3527381}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3160112, p99_ns: 3867445, max_ns: 3867445, wcet_ns: 4640934}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 6024416
    p50_ns: 6029948
    p99_ns: 6083922
    p999_ns: 6083922
    max_ns: 6083922
    wcet_ns: 7300707
    curve:
      - {sms: 4, runs: 15, p50_ns: 6028612, p99_ns: 6070563, max_ns: 6070563, wcet_ns: 7284676, interference: 1.0026}
      - {sms: 8, runs: 15, p50_ns: 3056437, p99_ns: 3070911, max_ns: 3070911, wcet_ns: 3685094, interference: 1.0041}
      - {sms: 16, runs: 15, p50_ns: 1687514, p99_ns: 1699941, max_ns: 1699941, wcet_ns: 2039930}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 2634771, p99_ns: 3312633, max_ns: 3312633, wcet_ns: 3975160}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 3801438, p99_ns: 4729696, max_ns: 4729696, wcet_ns: 5675636}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 4267974, p99_ns: 5490301, max_ns: 5490301, wcet_ns: 6588362}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 4519053
    p50_ns: 4523057
    p99_ns: 4537007
    p999_ns: 4537007
    max_ns: 4537007
    wcet_ns: 5444409
    curve:
      - {sms: 4, runs: 15, p50_ns: 4522618, p99_ns: 4533578, max_ns: 4533578, wcet_ns: 5440294, interference: 1.0126}
      - {sms: 8, runs: 15, p50_ns: 2303150, p99_ns: 2314754, max_ns: 2314754, wcet_ns: 2777705, interference: 1.0004}
      - {sms: 16, runs: 15, p50_ns: 1284826, p99_ns: 1297349, max_ns: 1297349, wcet_ns: 1556819}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 2151687, p99_ns: 2659592, max_ns: 2659592, wcet_ns: 3191511}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 3064237, p99_ns: 4195098, max_ns: 4195098, wcet_ns: 5034118}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3837619, p99_ns: 5091849, max_ns: 5091849, wcet_ns: 6110219}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 3521339
    p50_ns: 3534013
    p99_ns: 3558127
    p999_ns: 3558127
    max_ns: 3558127
    wcet_ns: 4269753
    curve:
      - {sms: 4, runs: 15, p50_ns: 3544056, p99_ns: 3559554, max_ns: 3559554, wcet_ns: 4271465, interference: 1.0027}
      - {sms: 8, runs: 15, p50_ns: 1800953, p99_ns: 1827496, max_ns: 1827496, wcet_ns: 2192996, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 1000288, p99_ns: 1016509, max_ns: 1016509, wcet_ns: 1219811}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1735100, p99_ns: 1857473, max_ns: 1857473, wcet_ns: 2228968}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2218079, p99_ns: 2835390, max_ns: 2835390, wcet_ns: 3402468}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3164904, p99_ns: 3936713, max_ns: 3936713, wcet_ns: 4724056}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 1517845
    p50_ns: 1519486
    p99_ns: 1532571
    p999_ns: 1532571
    max_ns: 1532571
    wcet_ns: 1839086
    curve:
      - {sms: 4, runs: 15, p50_ns: 1519258, p99_ns: 1534249, max_ns: 1534249, wcet_ns: 1841099, interference: 1.0087}
      - {sms: 8, runs: 15, p50_ns: 785544, p99_ns: 815487, max_ns: 815487, wcet_ns: 978585, interference: 1.0337}
      - {sms: 16, runs: 15, p50_ns: 444016, p99_ns: 469039, max_ns: 469039, wcet_ns: 562847}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 873480, p99_ns: 893054, max_ns: 893054, wcet_ns: 1071665}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1283586, p99_ns: 2689153, max_ns: 2689153, wcet_ns: 3226984}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1501397, p99_ns: 2191135, max_ns: 2191135, wcet_ns: 2629362}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 3529431
    p50_ns: 3532006
    p99_ns: 3551033
    p999_ns: 3551033
    max_ns: 3551033
    wcet_ns: 4261240
    curve:
      - {sms: 4, runs: 15, p50_ns: 3530713, p99_ns: 3556021, max_ns: 3556021, wcet_ns: 4267226, interference: 1.0036}
      - {sms: 8, runs: 15, p50_ns: 1801405, p99_ns: 1815452, max_ns: 1815452, wcet_ns: 2178543, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 997302, p99_ns: 1007737, max_ns: 1007737, wcet_ns: 1209285}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1448425, p99_ns: 1850151, max_ns: 1850151, wcet_ns: 2220182}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2392765, p99_ns: 3427543, max_ns: 3427543, wcet_ns: 4113052}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3250095, p99_ns: 3713561, max_ns: 3713561, wcet_ns: 4456274}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 3526506
    p50_ns: 3530407
    p99_ns: 3555060
    p999_ns: 3555060
    max_ns: 3555060
    wcet_ns: 4266072
    curve:
      - {sms: 4, runs: 15, p50_ns: 3527997, p99_ns: 3541499, max_ns: 3541499, wcet_ns: 4249799, interference: 1.0149}
      - {sms: 8, runs: 15, p50_ns: 1813643, p99_ns: 1828469, max_ns: 1828469, wcet_ns: 2194163, interference: 1.005}
      - {sms: 16, runs: 15, p50_ns: 1005646, p99_ns: 1021811, max_ns: 1021811, wcet_ns: 1226174}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1741714, p99_ns: 1929440, max_ns: 1929440, wcet_ns: 2315328}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2560800, p99_ns: 3570459, max_ns: 3570459, wcet_ns: 4284551}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2860774, p99_ns: 4125720, max_ns: 4125720, wcet_ns: 4950864}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 3050532
    p50_ns: 3057434
    p99_ns: 3082284
    p999_ns: 3082284
    max_ns: 3082284
    wcet_ns: 3698741
    curve:
      - {sms: 4, runs: 15, p50_ns: 3054171, p99_ns: 3073974, max_ns: 3073974, wcet_ns: 3688769, interference: 1.0245}
      - {sms: 8, runs: 15, p50_ns: 1600073, p99_ns: 1627800, max_ns: 1627800, wcet_ns: 1953360, interference: 1.0113}
      - {sms: 16, runs: 15, p50_ns: 1037592, p99_ns: 1046091, max_ns: 1046091, wcet_ns: 1255310}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1793474, p99_ns: 1959215, max_ns: 1959215, wcet_ns: 2351058}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 3083370, p99_ns: 3358950, max_ns: 3358950, wcet_ns: 4030740}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3760373, p99_ns: 4946430, max_ns: 4946430, wcet_ns: 5935716}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 4022074
    p50_ns: 4025707
    p99_ns: 4046923
    p999_ns: 4046923
    max_ns: 4046923
    wcet_ns: 4856308
    curve:
      - {sms: 4, runs: 15, p50_ns: 4024593, p99_ns: 4036815, max_ns: 4036815, wcet_ns: 4844178, interference: 1.0273}
      - {sms: 8, runs: 15, p50_ns: 2085198, p99_ns: 2096361, max_ns: 2096361, wcet_ns: 2515634, interference: 1.0152}
      - {sms: 16, runs: 15, p50_ns: 1224369, p99_ns: 1274415, max_ns: 1274415, wcet_ns: 1529298}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 2288909, p99_ns: 2509245, max_ns: 2509245, wcet_ns: 3011094}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 3179868, p99_ns: 3879056, max_ns: 3879056, wcet_ns: 4654868}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3979351, p99_ns: 6126751, max_ns: 6126751, wcet_ns: 7352102}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 2513650
    p50_ns: 2516185
    p99_ns: 2553914
    p999_ns: 2553914
    max_ns: 2553914
    wcet_ns: 3064697
    curve:
      - {sms: 4, runs: 15, p50_ns: 2516282, p99_ns: 2539842, max_ns: 2539842, wcet_ns: 3047811, interference: 1.0185}
      - {sms: 8, runs: 15, p50_ns: 1285121, p99_ns: 1299979, max_ns: 1299979, wcet_ns: 1559975, interference: 1.0545}
      - {sms: 16, runs: 15, p50_ns: 849457, p99_ns: 888708, max_ns: 888708, wcet_ns: 1066450}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1305280, p99_ns: 1668694, max_ns: 1668694, wcet_ns: 2002433}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2023795, p99_ns: 3424641, max_ns: 3424641, wcet_ns: 4109570}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3042759, p99_ns: 4104107, max_ns: 4104107, wcet_ns: 4924929}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 6015525
    p50_ns: 6043308
    p99_ns: 6096271
    p999_ns: 6096271
    max_ns: 6096271
    wcet_ns: 7315526
    curve:
      - {sms: 4, runs: 15, p50_ns: 6023830, p99_ns: 6095656, max_ns: 6095656, wcet_ns: 7314788, interference: 1.0132}
      - {sms: 8, runs: 15, p50_ns: 3102095, p99_ns: 3146118, max_ns: 3146118, wcet_ns: 3775342, interference: 1.0277}
      - {sms: 16, runs: 15, p50_ns: 2019317, p99_ns: 2056192, max_ns: 2056192, wcet_ns: 2467431}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 3705181, p99_ns: 3908217, max_ns: 3908217, wcet_ns: 4689861}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 5295436, p99_ns: 6509236, max_ns: 6509236, wcet_ns: 7811084}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 6057038, p99_ns: 7425728, max_ns: 7425728, wcet_ns: 8910874}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 10012937
    p50_ns: 10039068
    p99_ns: 10115379
    p999_ns: 10115379
    max_ns: 10115379
    wcet_ns: 12138455
    curve:
      - {sms: 4, runs: 15, p50_ns: 10015479, p99_ns: 10088215, max_ns: 10088215, wcet_ns: 12105858, interference: 1.0142}
      - {sms: 8, runs: 15, p50_ns: 5074558, p99_ns: 5098922, max_ns: 5098922, wcet_ns: 6118707, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 2973571, p99_ns: 2992594, max_ns: 2992594, wcet_ns: 3591113}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 5099371, p99_ns: 5628441, max_ns: 5628441, wcet_ns: 6754130}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 6641228, p99_ns: 7576705, max_ns: 7576705, wcet_ns: 9092046}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 7758827, p99_ns: 9859252, max_ns: 9859252, wcet_ns: 11831103}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 7029855
    p50_ns: 7052607
    p99_ns: 7080028
    p999_ns: 7080028
    max_ns: 7080028
    wcet_ns: 8496034
    curve:
      - {sms: 4, runs: 15, p50_ns: 7049586, p99_ns: 7087050, max_ns: 7087050, wcet_ns: 8504460, interference: 1.0177}
      - {sms: 8, runs: 15, p50_ns: 3590420, p99_ns: 3607858, max_ns: 3607858, wcet_ns: 4329430, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 2092258, p99_ns: 2116630, max_ns: 2116630, wcet_ns: 2539956}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 3000550, p99_ns: 4029157, max_ns: 4029157, wcet_ns: 4834989}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 5290246, p99_ns: 6048298, max_ns: 6048298, wcet_ns: 7257958}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 6268259, p99_ns: 8365257, max_ns: 8365257, wcet_ns: 10038309}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 8020842
    p50_ns: 8024841
    p99_ns: 8048055
    p999_ns: 8048055
    max_ns: 8048055
    wcet_ns: 9657666
    curve:
      - {sms: 4, runs: 15, p50_ns: 8024935, p99_ns: 8041314, max_ns: 8041314, wcet_ns: 9649577, interference: 1.0151}
      - {sms: 8, runs: 15, p50_ns: 4131587, p99_ns: 4145042, max_ns: 4145042, wcet_ns: 4974051, interference: 1.0231}
      - {sms: 16, runs: 15, p50_ns: 2679909, p99_ns: 2694746, max_ns: 2694746, wcet_ns: 3233696}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 4008699, p99_ns: 4747632, max_ns: 4747632, wcet_ns: 5697159}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 6297899, p99_ns: 7894560, max_ns: 7894560, wcet_ns: 9473472}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 7847352, p99_ns: 9011770, max_ns: 9011770, wcet_ns: 10814124}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 9014896
    p50_ns: 9020062
    p99_ns: 9031486
    p999_ns: 9031486
    max_ns: 9031486
    wcet_ns: 10837784
    curve:
      - {sms: 4, runs: 15, p50_ns: 9023312, p99_ns: 9040353, max_ns: 9040353, wcet_ns: 10848424, interference: 1.0177}
      - {sms: 8, runs: 15, p50_ns: 4577854, p99_ns: 4599560, max_ns: 4599560, wcet_ns: 5519472, interference: 1.0045}
      - {sms: 16, runs: 15, p50_ns: 2718774, p99_ns: 2733561, max_ns: 2733561, wcet_ns: 3280274}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 4172587, p99_ns: 4710144, max_ns: 4710144, wcet_ns: 5652173}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 6005612, p99_ns: 6711978, max_ns: 6711978, wcet_ns: 8054374}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 8088614, p99_ns: 9289574, max_ns: 9289574, wcet_ns: 11147489}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 5024787
    p50_ns: 5028295
    p99_ns: 5101251
    p999_ns: 5101251
    max_ns: 5101251
    wcet_ns: 6121502
    curve:
      - {sms: 4, runs: 15, p50_ns: 5026073, p99_ns: 5040014, max_ns: 5040014, wcet_ns: 6048017, interference: 1.0089}
      - {sms: 8, runs: 15, p50_ns: 2554864, p99_ns: 2579143, max_ns: 2579143, wcet_ns: 3094972, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 1416304, p99_ns: 1425535, max_ns: 1425535, wcet_ns: 1710642}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1729216, p99_ns: 2383506, max_ns: 2383506, wcet_ns: 2860208}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 3032155, p99_ns: 4181457, max_ns: 4181457, wcet_ns: 5017749}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3879339, p99_ns: 5030229, max_ns: 5030229, wcet_ns: 6036275}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 4022963
    p50_ns: 4025047
    p99_ns: 4042352
    p999_ns: 4042352
    max_ns: 4042352
    wcet_ns: 4850823
    curve:
      - {sms: 4, runs: 15, p50_ns: 4024116, p99_ns: 4040316, max_ns: 4040316, wcet_ns: 4848380, interference: 1.0248}
      - {sms: 8, runs: 15, p50_ns: 2104180, p99_ns: 2114156, max_ns: 2114156, wcet_ns: 2536988, interference: 1.0243}
      - {sms: 16, runs: 15, p50_ns: 1361724, p99_ns: 1370672, max_ns: 1370672, wcet_ns: 1644807}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 2351996, p99_ns: 2824397, max_ns: 2824397, wcet_ns: 3389277}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 3441503, p99_ns: 4195981, max_ns: 4195981, wcet_ns: 5035178}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 4766741, p99_ns: 6064889, max_ns: 6064889, wcet_ns: 7277867}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 3018128
    p50_ns: 3019386
    p99_ns: 3053739
    p999_ns: 3053739
    max_ns: 3053739
    wcet_ns: 3664487
    curve:
      - {sms: 4, runs: 15, p50_ns: 3017843, p99_ns: 3033018, max_ns: 3033018, wcet_ns: 3639622, interference: 1.008}
      - {sms: 8, runs: 15, p50_ns: 1534062, p99_ns: 1564177, max_ns: 1564177, wcet_ns: 1877013, interference: 1.0309}
      - {sms: 16, runs: 15, p50_ns: 911366, p99_ns: 927793, max_ns: 927793, wcet_ns: 1113352}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1518205, p99_ns: 2001408, max_ns: 2001408, wcet_ns: 2401690}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1961682, p99_ns: 2339551, max_ns: 2339551, wcet_ns: 2807462}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2921409, p99_ns: 3928729, max_ns: 3928729, wcet_ns: 4714475}
