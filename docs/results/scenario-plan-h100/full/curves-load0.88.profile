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
dispatch_overhead: {p50_ns: 296, p99_ns: 3820, max_ns: 4756}
device_memory: {driver_fixed: 2412576768, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0, device_other: 503316480}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 454399
    p50_ns: 456857
    p99_ns: 468794
    p999_ns: 468794
    max_ns: 468794
    wcet_ns: 562553
    curve:
      - {sms: 4, runs: 15, p50_ns: 456365, p99_ns: 468827, max_ns: 468827, wcet_ns: 562593, interference: 1.0396}
      - {sms: 8, runs: 15, p50_ns: 244614, p99_ns: 264067, max_ns: 264067, wcet_ns: 316881, interference: 1.053}
      - {sms: 16, runs: 15, p50_ns: 150504, p99_ns: 169163, max_ns: 169163, wcet_ns: 202996}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 236679, p99_ns: 324504, max_ns: 324504, wcet_ns: 389405}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 424368, p99_ns: 1004031, max_ns: 1004031, wcet_ns: 1204838}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 551188, p99_ns: 1099682, max_ns: 1099682, wcet_ns: 1319619}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 676618
    p50_ns: 679430
    p99_ns: 702938
    p999_ns: 702938
    max_ns: 702938
    wcet_ns: 843526
    curve:
      - {sms: 4, runs: 15, p50_ns: 678425, p99_ns: 689319, max_ns: 689319, wcet_ns: 827183, interference: 1.0132}
      - {sms: 8, runs: 15, p50_ns: 355079, p99_ns: 368385, max_ns: 368385, wcet_ns: 442062, interference: 1.028}
      - {sms: 16, runs: 15, p50_ns: 212531, p99_ns: 233677, max_ns: 233677, wcet_ns: 280413}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 332451, p99_ns: 380174, max_ns: 380174, wcet_ns: 456209}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 458727, p99_ns: 930555, max_ns: 930555, wcet_ns: 1116666}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 863325, p99_ns: 1093359, max_ns: 1093359, wcet_ns: 1312031}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 411560
    p50_ns: 414775
    p99_ns: 427500
    p999_ns: 427500
    max_ns: 427500
    wcet_ns: 513000
    curve:
      - {sms: 4, runs: 15, p50_ns: 415441, p99_ns: 428973, max_ns: 428973, wcet_ns: 514768, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 225910, p99_ns: 242374, max_ns: 242374, wcet_ns: 290849, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 139364, p99_ns: 152607, max_ns: 152607, wcet_ns: 183129}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 222110, p99_ns: 271391, max_ns: 271391, wcet_ns: 325670}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 360632, p99_ns: 508305, max_ns: 508305, wcet_ns: 609966}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 511442, p99_ns: 804332, max_ns: 804332, wcet_ns: 965199}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 303761
    p50_ns: 306011
    p99_ns: 321304
    p999_ns: 321304
    max_ns: 321304
    wcet_ns: 385565
    curve:
      - {sms: 4, runs: 15, p50_ns: 306404, p99_ns: 316627, max_ns: 316627, wcet_ns: 379953, interference: 1.0127}
      - {sms: 8, runs: 15, p50_ns: 169054, p99_ns: 183306, max_ns: 183306, wcet_ns: 219968, interference: 1.1722}
      - {sms: 16, runs: 15, p50_ns: 110720, p99_ns: 130118, max_ns: 130118, wcet_ns: 156142}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 141771, p99_ns: 277865, max_ns: 277865, wcet_ns: 333438}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 286645, p99_ns: 625015, max_ns: 625015, wcet_ns: 750018}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 376798, p99_ns: 921683, max_ns: 921683, wcet_ns: 1106020}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 992724
    p50_ns: 994422
    p99_ns: 1041466
    p999_ns: 1041466
    max_ns: 1041466
    wcet_ns: 1249760
    curve:
      - {sms: 4, runs: 15, p50_ns: 997949, p99_ns: 1014357, max_ns: 1014357, wcet_ns: 1217229, interference: 1.0344}
      - {sms: 8, runs: 15, p50_ns: 526919, p99_ns: 546828, max_ns: 546828, wcet_ns: 656194, interference: 1.0034}
      - {sms: 16, runs: 15, p50_ns: 297745, p99_ns: 313657, max_ns: 313657, wcet_ns: 376389}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 439069, p99_ns: 635473, max_ns: 635473, wcet_ns: 762568}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 627630, p99_ns: 874965, max_ns: 874965, wcet_ns: 1049958}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 982759, p99_ns: 1409649, max_ns: 1409649, wcet_ns: 1691579}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 811217
    p50_ns: 814114
    p99_ns: 841370
    p999_ns: 841370
    max_ns: 841370
    wcet_ns: 1009644
    curve:
      - {sms: 4, runs: 15, p50_ns: 815487, p99_ns: 841817, max_ns: 841817, wcet_ns: 1010181, interference: 1.0285}
      - {sms: 8, runs: 15, p50_ns: 428892, p99_ns: 441273, max_ns: 441273, wcet_ns: 529528, interference: 1.0678}
      - {sms: 16, runs: 15, p50_ns: 262284, p99_ns: 292538, max_ns: 292538, wcet_ns: 351046}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 568946, p99_ns: 636310, max_ns: 636310, wcet_ns: 763572}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 882998, p99_ns: 1158884, max_ns: 1158884, wcet_ns: 1390661}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1062253, p99_ns: 1496256, max_ns: 1496256, wcet_ns: 1795508}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 15
    min_ns: 1124050
    p50_ns: 1127718
    p99_ns: 1171828
    p999_ns: 1171828
    max_ns: 1171828
    wcet_ns: 1406194
    curve:
      - {sms: 4, runs: 15, p50_ns: 1126259, p99_ns: 1177446, max_ns: 1177446, wcet_ns: 1412936, interference: 1.0164}
      - {sms: 8, runs: 15, p50_ns: 591532, p99_ns: 606254, max_ns: 606254, wcet_ns: 727505, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 365014, p99_ns: 376850, max_ns: 376850, wcet_ns: 452220}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 560293, p99_ns: 726123, max_ns: 726123, wcet_ns: 871348}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 885389, p99_ns: 1160379, max_ns: 1160379, wcet_ns: 1392455}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1691572, p99_ns: 2107507, max_ns: 2107507, wcet_ns: 2529009}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 2662838
    p50_ns: 2668799
    p99_ns: 2687757
    p999_ns: 2687757
    max_ns: 2687757
    wcet_ns: 3225309
    curve:
      - {sms: 4, runs: 15, p50_ns: 2667631, p99_ns: 2682044, max_ns: 2682044, wcet_ns: 3218453, interference: 1.0167}
      - {sms: 8, runs: 15, p50_ns: 1368842, p99_ns: 1396167, max_ns: 1396167, wcet_ns: 1675401, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 768945, p99_ns: 785705, max_ns: 785705, wcet_ns: 942846}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1159435, p99_ns: 1306767, max_ns: 1306767, wcet_ns: 1568121}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1618827, p99_ns: 2136311, max_ns: 2136311, wcet_ns: 2563574}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2064284, p99_ns: 2484996, max_ns: 2484996, wcet_ns: 2981996}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 2003917
    p50_ns: 2006430
    p99_ns: 2023165
    p999_ns: 2023165
    max_ns: 2023165
    wcet_ns: 2427798
    curve:
      - {sms: 4, runs: 15, p50_ns: 2008004, p99_ns: 2031836, max_ns: 2031836, wcet_ns: 2438204, interference: 1.0277}
      - {sms: 8, runs: 15, p50_ns: 1037585, p99_ns: 1049842, max_ns: 1049842, wcet_ns: 1259811, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 590859, p99_ns: 599035, max_ns: 599035, wcet_ns: 718842}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 958070, p99_ns: 1110624, max_ns: 1110624, wcet_ns: 1332749}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1351275, p99_ns: 1476998, max_ns: 1476998, wcet_ns: 1772398}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1679774, p99_ns: 2155589, max_ns: 2155589, wcet_ns: 2586707}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 1561254
    p50_ns: 1565443
    p99_ns: 1576171
    p999_ns: 1576171
    max_ns: 1576171
    wcet_ns: 1891406
    curve:
      - {sms: 4, runs: 15, p50_ns: 1562596, p99_ns: 1572073, max_ns: 1572073, wcet_ns: 1886488, interference: 1.0402}
      - {sms: 8, runs: 15, p50_ns: 812562, p99_ns: 828828, max_ns: 828828, wcet_ns: 994594, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 473792, p99_ns: 505501, max_ns: 505501, wcet_ns: 606602}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 780488, p99_ns: 961918, max_ns: 961918, wcet_ns: 1154302}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1089122, p99_ns: 1270553, max_ns: 1270553, wcet_ns: 1524664}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1281515, p99_ns: 1692196, max_ns: 1692196, wcet_ns: 2030636}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 15
    min_ns: 685968
    p50_ns: 688343
    p99_ns: 712888
    p999_ns: 712888
    max_ns: 712888
    wcet_ns: 855466
    curve:
      - {sms: 4, runs: 15, p50_ns: 688539, p99_ns: 710960, max_ns: 710960, wcet_ns: 853152, interference: 1.0}
      - {sms: 8, runs: 15, p50_ns: 357246, p99_ns: 381867, max_ns: 381867, wcet_ns: 458241, interference: 1.0525}
      - {sms: 16, runs: 15, p50_ns: 219235, p99_ns: 247047, max_ns: 247047, wcet_ns: 296457}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 381310, p99_ns: 419864, max_ns: 419864, wcet_ns: 503837}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 586494, p99_ns: 781283, max_ns: 781283, wcet_ns: 937540}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 781070, p99_ns: 1247577, max_ns: 1247577, wcet_ns: 1497093}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1562122
    p50_ns: 1566849
    p99_ns: 1618343
    p999_ns: 1618343
    max_ns: 1618343
    wcet_ns: 1942012
    curve:
      - {sms: 4, runs: 15, p50_ns: 1568157, p99_ns: 1614441, max_ns: 1614441, wcet_ns: 1937330, interference: 1.0136}
      - {sms: 8, runs: 15, p50_ns: 821589, p99_ns: 840721, max_ns: 840721, wcet_ns: 1008866, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 466430, p99_ns: 471467, max_ns: 471467, wcet_ns: 565761}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 626213, p99_ns: 815749, max_ns: 815749, wcet_ns: 978899}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 938375, p99_ns: 1282938, max_ns: 1282938, wcet_ns: 1539526}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1395890, p99_ns: 1995002, max_ns: 1995002, wcet_ns: 2394003}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1569863
    p50_ns: 1587020
    p99_ns: 1622585
    p999_ns: 1622585
    max_ns: 1622585
    wcet_ns: 1947102
    curve:
      - {sms: 4, runs: 15, p50_ns: 1575049, p99_ns: 1625410, max_ns: 1625410, wcet_ns: 1950492, interference: 1.003}
      - {sms: 8, runs: 15, p50_ns: 813038, p99_ns: 823966, max_ns: 823966, wcet_ns: 988760, interference: 1.041}
      - {sms: 16, runs: 15, p50_ns: 471431, p99_ns: 493137, max_ns: 493137, wcet_ns: 591765}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 786794, p99_ns: 898463, max_ns: 898463, wcet_ns: 1078156}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1161622, p99_ns: 1530122, max_ns: 1530122, wcet_ns: 1836147}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1469413, p99_ns: 1892755, max_ns: 1892755, wcet_ns: 2271306}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1350380
    p50_ns: 1355722
    p99_ns: 1373306
    p999_ns: 1373306
    max_ns: 1373306
    wcet_ns: 1647968
    curve:
      - {sms: 4, runs: 15, p50_ns: 1345104, p99_ns: 1358316, max_ns: 1358316, wcet_ns: 1629980, interference: 1.0189}
      - {sms: 8, runs: 15, p50_ns: 720668, p99_ns: 734534, max_ns: 734534, wcet_ns: 881441, interference: 1.0285}
      - {sms: 16, runs: 15, p50_ns: 464707, p99_ns: 475305, max_ns: 475305, wcet_ns: 570366}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 797408, p99_ns: 904443, max_ns: 904443, wcet_ns: 1085332}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1214682, p99_ns: 1369686, max_ns: 1369686, wcet_ns: 1643624}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1734581, p99_ns: 1898628, max_ns: 1898628, wcet_ns: 2278354}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1788657
    p50_ns: 1790945
    p99_ns: 1803251
    p999_ns: 1803251
    max_ns: 1803251
    wcet_ns: 2163902
    curve:
      - {sms: 4, runs: 15, p50_ns: 1804669, p99_ns: 1816947, max_ns: 1816947, wcet_ns: 2180337, interference: 1.0156}
      - {sms: 8, runs: 15, p50_ns: 934563, p99_ns: 952970, max_ns: 952970, wcet_ns: 1143564, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 559269, p99_ns: 564315, max_ns: 564315, wcet_ns: 677178}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 952720, p99_ns: 1046948, max_ns: 1046948, wcet_ns: 1256338}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1474815, p99_ns: 1751467, max_ns: 1751467, wcet_ns: 2101761}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1905525, p99_ns: 2343377, max_ns: 2343377, wcet_ns: 2812053}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 1081726
    p50_ns: 1084645
    p99_ns: 1122860
    p999_ns: 1122860
    max_ns: 1122860
    wcet_ns: 1347432
    curve:
      - {sms: 4, runs: 15, p50_ns: 1082339, p99_ns: 1119059, max_ns: 1119059, wcet_ns: 1342871, interference: 1.0246}
      - {sms: 8, runs: 15, p50_ns: 565606, p99_ns: 585778, max_ns: 585778, wcet_ns: 702934, interference: 1.0462}
      - {sms: 16, runs: 15, p50_ns: 376658, p99_ns: 388594, max_ns: 388594, wcet_ns: 466313}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 638502, p99_ns: 738772, max_ns: 738772, wcet_ns: 886527}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 981832, p99_ns: 1162432, max_ns: 1162432, wcet_ns: 1394919}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1383726, p99_ns: 1720603, max_ns: 1720603, wcet_ns: 2064724}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 15
    min_ns: 2665312
    p50_ns: 2670903
    p99_ns: 2697397
    p999_ns: 2697397
    max_ns: 2697397
    wcet_ns: 3236877
    curve:
      - {sms: 4, runs: 15, p50_ns: 2667930, p99_ns: 2726017, max_ns: 2726017, wcet_ns: 3271221, interference: 1.0029}
      - {sms: 8, runs: 15, p50_ns: 1418993, p99_ns: 1446515, max_ns: 1446515, wcet_ns: 1735818, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 919398, p99_ns: 933371, max_ns: 933371, wcet_ns: 1120046}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1559501, p99_ns: 1767633, max_ns: 1767633, wcet_ns: 2121160}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2408217, p99_ns: 2747934, max_ns: 2747934, wcet_ns: 3297521}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2568590, p99_ns: 3352238, max_ns: 3352238, wcet_ns: 4022686}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 4427516
    p50_ns: 4430384
    p99_ns: 4452708
    p999_ns: 4452708
    max_ns: 4452708
    wcet_ns: 5343250
    curve:
      - {sms: 4, runs: 15, p50_ns: 4430054, p99_ns: 4445675, max_ns: 4445675, wcet_ns: 5334810, interference: 1.0137}
      - {sms: 8, runs: 15, p50_ns: 2262353, p99_ns: 2272584, max_ns: 2272584, wcet_ns: 2727101, interference: 1.0062}
      - {sms: 16, runs: 15, p50_ns: 1334431, p99_ns: 1360236, max_ns: 1360236, wcet_ns: 1632284}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 2238623, p99_ns: 2379971, max_ns: 2379971, wcet_ns: 2855966}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2944584, p99_ns: 3279738, max_ns: 3279738, wcet_ns: 3935686}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3624746, p99_ns: 4035982, max_ns: 4035982, wcet_ns: 4843179}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 3103937
    p50_ns: 3109454
    p99_ns: 3129380
    p999_ns: 3129380
    max_ns: 3129380
    wcet_ns: 3755256
    curve:
      - {sms: 4, runs: 15, p50_ns: 3122377, p99_ns: 3148865, max_ns: 3148865, wcet_ns: 3778638, interference: 1.0041}
      - {sms: 8, runs: 15, p50_ns: 1593719, p99_ns: 1608545, max_ns: 1608545, wcet_ns: 1930254, interference: 1.0007}
      - {sms: 16, runs: 15, p50_ns: 948631, p99_ns: 966473, max_ns: 966473, wcet_ns: 1159768}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1318805, p99_ns: 1754362, max_ns: 1754362, wcet_ns: 2105235}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2251831, p99_ns: 2627223, max_ns: 2627223, wcet_ns: 3152668}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 2783931, p99_ns: 3089090, max_ns: 3089090, wcet_ns: 3706908}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 3551420
    p50_ns: 3557280
    p99_ns: 3591073
    p999_ns: 3591073
    max_ns: 3591073
    wcet_ns: 4309288
    curve:
      - {sms: 4, runs: 15, p50_ns: 3552303, p99_ns: 3580625, max_ns: 3580625, wcet_ns: 4296750, interference: 1.0093}
      - {sms: 8, runs: 15, p50_ns: 1848181, p99_ns: 1864059, max_ns: 1864059, wcet_ns: 2236871, interference: 1.0228}
      - {sms: 16, runs: 15, p50_ns: 1200335, p99_ns: 1208252, max_ns: 1208252, wcet_ns: 1449903}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1780427, p99_ns: 2064140, max_ns: 2064140, wcet_ns: 2476968}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2826606, p99_ns: 3343384, max_ns: 3343384, wcet_ns: 4012061}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3243409, p99_ns: 3762941, max_ns: 3762941, wcet_ns: 4515530}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 3983566
    p50_ns: 3998903
    p99_ns: 4008275
    p999_ns: 4008275
    max_ns: 4008275
    wcet_ns: 4809930
    curve:
      - {sms: 4, runs: 15, p50_ns: 3987550, p99_ns: 4021816, max_ns: 4021816, wcet_ns: 4826180, interference: 1.0135}
      - {sms: 8, runs: 15, p50_ns: 2040542, p99_ns: 2053899, max_ns: 2053899, wcet_ns: 2464679, interference: 1.0008}
      - {sms: 16, runs: 15, p50_ns: 1218379, p99_ns: 1233037, max_ns: 1233037, wcet_ns: 1479645}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1876337, p99_ns: 2016784, max_ns: 2016784, wcet_ns: 2420141}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 2659907, p99_ns: 3217451, max_ns: 3217451, wcet_ns: 3860942}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 3156235, p99_ns: 3726689, max_ns: 3726689, wcet_ns: 4472027}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 2224021
    p50_ns: 2226892
    p99_ns: 2284400
    p999_ns: 2284400
    max_ns: 2284400
    wcet_ns: 2741280
    curve:
      - {sms: 4, runs: 15, p50_ns: 2229326, p99_ns: 2240948, max_ns: 2240948, wcet_ns: 2689138, interference: 1.0102}
      - {sms: 8, runs: 15, p50_ns: 1146381, p99_ns: 1162143, max_ns: 1162143, wcet_ns: 1394572, interference: 1.0282}
      - {sms: 16, runs: 15, p50_ns: 649094, p99_ns: 655041, max_ns: 655041, wcet_ns: 786050}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 857825, p99_ns: 936218, max_ns: 936218, wcet_ns: 1123462}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1365655, p99_ns: 1807816, max_ns: 1807816, wcet_ns: 2169380}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1613462, p99_ns: 2050554, max_ns: 2050554, wcet_ns: 2460665}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 1785005
    p50_ns: 1787119
    p99_ns: 1807129
    p999_ns: 1807129
    max_ns: 1807129
    wcet_ns: 2168555
    curve:
      - {sms: 4, runs: 15, p50_ns: 1786500, p99_ns: 1805245, max_ns: 1805245, wcet_ns: 2166294, interference: 1.0406}
      - {sms: 8, runs: 15, p50_ns: 944580, p99_ns: 959403, max_ns: 959403, wcet_ns: 1151284, interference: 1.0264}
      - {sms: 16, runs: 15, p50_ns: 612547, p99_ns: 628732, max_ns: 628732, wcet_ns: 754479}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 1056804, p99_ns: 1206780, max_ns: 1206780, wcet_ns: 1448136}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 1571375, p99_ns: 1850264, max_ns: 1850264, wcet_ns: 2220317}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1894082, p99_ns: 2497861, max_ns: 2497861, wcet_ns: 2997434}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 15
    min_ns: 1339387
    p50_ns: 1344227
    p99_ns: 1375664
    p999_ns: 1375664
    max_ns: 1375664
    wcet_ns: 1650797
    curve:
      - {sms: 4, runs: 15, p50_ns: 1351048, p99_ns: 1367493, max_ns: 1367493, wcet_ns: 1640992, interference: 1.0056}
      - {sms: 8, runs: 15, p50_ns: 697524, p99_ns: 734171, max_ns: 734171, wcet_ns: 881006, interference: 1.0}
      - {sms: 16, runs: 15, p50_ns: 415253, p99_ns: 438918, max_ns: 438918, wcet_ns: 526702}
      - {sms: 16, shared: 2, runs: 15, p50_ns: 651197, p99_ns: 765372, max_ns: 765372, wcet_ns: 918447}
      - {sms: 16, shared: 3, runs: 15, p50_ns: 918470, p99_ns: 1325251, max_ns: 1325251, wcet_ns: 1590302}
      - {sms: 16, shared: 4, runs: 15, p50_ns: 1038190, p99_ns: 1671218, max_ns: 1671218, wcet_ns: 2005462}
