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
dispatch_overhead: {p50_ns: 559, p99_ns: 5037, max_ns: 6904}
device_memory: {driver_fixed: 2718760960, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 451860
    p50_ns: 453735
    p99_ns: 475238
    p999_ns: 475238
    max_ns: 475238
    wcet_ns: 570286
    curve:
      - {sms: 4, runs: 30, p50_ns: 455718, p99_ns: 477968, max_ns: 477968, wcet_ns: 573562}
      - {sms: 8, runs: 30, p50_ns: 245340, p99_ns: 266140, max_ns: 266140, wcet_ns: 319368}
      - {sms: 16, runs: 30, p50_ns: 155745, p99_ns: 175486, max_ns: 175486, wcet_ns: 210584}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 675444
    p50_ns: 678863
    p99_ns: 703209
    p999_ns: 703209
    max_ns: 703209
    wcet_ns: 843851
    curve:
      - {sms: 4, runs: 30, p50_ns: 679569, p99_ns: 705485, max_ns: 705485, wcet_ns: 846582}
      - {sms: 8, runs: 30, p50_ns: 359621, p99_ns: 379488, max_ns: 379488, wcet_ns: 455386}
      - {sms: 16, runs: 30, p50_ns: 217678, p99_ns: 244132, max_ns: 244132, wcet_ns: 292959}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 413300
    p50_ns: 416651
    p99_ns: 440696
    p999_ns: 440696
    max_ns: 440696
    wcet_ns: 528836
    curve:
      - {sms: 4, runs: 30, p50_ns: 415539, p99_ns: 432211, max_ns: 432211, wcet_ns: 518654}
      - {sms: 8, runs: 30, p50_ns: 228185, p99_ns: 250502, max_ns: 250502, wcet_ns: 300603}
      - {sms: 16, runs: 30, p50_ns: 143403, p99_ns: 167168, max_ns: 167168, wcet_ns: 200602}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 299420
    p50_ns: 302160
    p99_ns: 325380
    p999_ns: 325380
    max_ns: 325380
    wcet_ns: 390456
    curve:
      - {sms: 4, runs: 30, p50_ns: 313196, p99_ns: 343900, max_ns: 343900, wcet_ns: 412680}
      - {sms: 8, runs: 30, p50_ns: 172835, p99_ns: 197804, max_ns: 197804, wcet_ns: 237365}
      - {sms: 16, runs: 30, p50_ns: 114166, p99_ns: 135393, max_ns: 135393, wcet_ns: 162472}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 994371
    p50_ns: 997706
    p99_ns: 1026561
    p999_ns: 1026561
    max_ns: 1026561
    wcet_ns: 1231874
    curve:
      - {sms: 4, runs: 30, p50_ns: 996741, p99_ns: 1024816, max_ns: 1024816, wcet_ns: 1229780}
      - {sms: 8, runs: 30, p50_ns: 532125, p99_ns: 555509, max_ns: 555509, wcet_ns: 666611}
      - {sms: 16, runs: 30, p50_ns: 299447, p99_ns: 344691, max_ns: 344691, wcet_ns: 413630}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 808941
    p50_ns: 811236
    p99_ns: 839473
    p999_ns: 839473
    max_ns: 839473
    wcet_ns: 1007368
    curve:
      - {sms: 4, runs: 30, p50_ns: 809490, p99_ns: 827147, max_ns: 827147, wcet_ns: 992577}
      - {sms: 8, runs: 30, p50_ns: 430102, p99_ns: 455595, max_ns: 455595, wcet_ns: 546714}
      - {sms: 16, runs: 30, p50_ns: 262148, p99_ns: 283477, max_ns: 283477, wcet_ns: 340173}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1120231
    p50_ns: 1124820
    p99_ns: 1173470
    p999_ns: 1173470
    max_ns: 1173470
    wcet_ns: 1408164
    curve:
      - {sms: 4, runs: 30, p50_ns: 1133730, p99_ns: 1182683, max_ns: 1182683, wcet_ns: 1419220}
      - {sms: 8, runs: 30, p50_ns: 600061, p99_ns: 629973, max_ns: 629973, wcet_ns: 755968}
      - {sms: 16, runs: 30, p50_ns: 370567, p99_ns: 402052, max_ns: 402052, wcet_ns: 482463}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 2659254
    p50_ns: 2663548
    p99_ns: 2696247
    p999_ns: 2696247
    max_ns: 2696247
    wcet_ns: 3235497
    curve:
      - {sms: 4, runs: 30, p50_ns: 2670229, p99_ns: 2711589, max_ns: 2711589, wcet_ns: 3253907}
      - {sms: 8, runs: 30, p50_ns: 1373864, p99_ns: 1416609, max_ns: 1416609, wcet_ns: 1699931}
      - {sms: 16, runs: 30, p50_ns: 775092, p99_ns: 797518, max_ns: 797518, wcet_ns: 957022}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 2016238
    p50_ns: 2022084
    p99_ns: 2258682
    p999_ns: 2258682
    max_ns: 2258682
    wcet_ns: 2710419
    curve:
      - {sms: 4, runs: 30, p50_ns: 2022748, p99_ns: 2054223, max_ns: 2054223, wcet_ns: 2465068}
      - {sms: 8, runs: 30, p50_ns: 1045485, p99_ns: 1077100, max_ns: 1077100, wcet_ns: 1292520}
      - {sms: 16, runs: 30, p50_ns: 592425, p99_ns: 619657, max_ns: 619657, wcet_ns: 743589}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1566777
    p50_ns: 1578058
    p99_ns: 1626948
    p999_ns: 1626948
    max_ns: 1626948
    wcet_ns: 1952338
    curve:
      - {sms: 4, runs: 30, p50_ns: 1580867, p99_ns: 1641558, max_ns: 1641558, wcet_ns: 1969870}
      - {sms: 8, runs: 30, p50_ns: 814462, p99_ns: 835650, max_ns: 835650, wcet_ns: 1002780}
      - {sms: 16, runs: 30, p50_ns: 465143, p99_ns: 490397, max_ns: 490397, wcet_ns: 588477}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 675229
    p50_ns: 679286
    p99_ns: 729672
    p999_ns: 729672
    max_ns: 729672
    wcet_ns: 875607
    curve:
      - {sms: 4, runs: 30, p50_ns: 680444, p99_ns: 711869, max_ns: 711869, wcet_ns: 854243}
      - {sms: 8, runs: 30, p50_ns: 357820, p99_ns: 424029, max_ns: 424029, wcet_ns: 508835}
      - {sms: 16, runs: 30, p50_ns: 215617, p99_ns: 245792, max_ns: 245792, wcet_ns: 294951}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1563127
    p50_ns: 1567332
    p99_ns: 1586731
    p999_ns: 1586731
    max_ns: 1586731
    wcet_ns: 1904078
    curve:
      - {sms: 4, runs: 30, p50_ns: 1569417, p99_ns: 1612654, max_ns: 1612654, wcet_ns: 1935185}
      - {sms: 8, runs: 30, p50_ns: 818845, p99_ns: 874524, max_ns: 874524, wcet_ns: 1049429}
      - {sms: 16, runs: 30, p50_ns: 466567, p99_ns: 486354, max_ns: 486354, wcet_ns: 583625}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1562256
    p50_ns: 1565669
    p99_ns: 1610198
    p999_ns: 1610198
    max_ns: 1610198
    wcet_ns: 1932238
    curve:
      - {sms: 4, runs: 30, p50_ns: 1569094, p99_ns: 1623781, max_ns: 1623781, wcet_ns: 1948538}
      - {sms: 8, runs: 30, p50_ns: 815111, p99_ns: 838411, max_ns: 838411, wcet_ns: 1006094}
      - {sms: 16, runs: 30, p50_ns: 467280, p99_ns: 486908, max_ns: 486908, wcet_ns: 584290}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1315656
    p50_ns: 1318627
    p99_ns: 1354523
    p999_ns: 1354523
    max_ns: 1354523
    wcet_ns: 1625428
    curve:
      - {sms: 4, runs: 30, p50_ns: 1320853, p99_ns: 1408047, max_ns: 1408047, wcet_ns: 1689657}
      - {sms: 8, runs: 30, p50_ns: 711894, p99_ns: 750505, max_ns: 750505, wcet_ns: 900606}
      - {sms: 16, runs: 30, p50_ns: 467192, p99_ns: 501567, max_ns: 501567, wcet_ns: 601881}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1793402
    p50_ns: 1797975
    p99_ns: 1844419
    p999_ns: 1844419
    max_ns: 1844419
    wcet_ns: 2213303
    curve:
      - {sms: 4, runs: 30, p50_ns: 1797319, p99_ns: 1853595, max_ns: 1853595, wcet_ns: 2224314}
      - {sms: 8, runs: 30, p50_ns: 939884, p99_ns: 999022, max_ns: 999022, wcet_ns: 1198827}
      - {sms: 16, runs: 30, p50_ns: 567416, p99_ns: 613317, max_ns: 613317, wcet_ns: 735981}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1126543
    p50_ns: 1129306
    p99_ns: 1174258
    p999_ns: 1174258
    max_ns: 1174258
    wcet_ns: 1409110
    curve:
      - {sms: 4, runs: 30, p50_ns: 1131900, p99_ns: 1172751, max_ns: 1172751, wcet_ns: 1407302}
      - {sms: 8, runs: 30, p50_ns: 593190, p99_ns: 642453, max_ns: 642453, wcet_ns: 770944}
      - {sms: 16, runs: 30, p50_ns: 388373, p99_ns: 442030, max_ns: 442030, wcet_ns: 530436}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2676122
    p50_ns: 2680976
    p99_ns: 2749404
    p999_ns: 2749404
    max_ns: 2749404
    wcet_ns: 3299285
    curve:
      - {sms: 4, runs: 30, p50_ns: 2682010, p99_ns: 2733108, max_ns: 2733108, wcet_ns: 3279730}
      - {sms: 8, runs: 30, p50_ns: 1406874, p99_ns: 1452203, max_ns: 1452203, wcet_ns: 1742644}
      - {sms: 16, runs: 30, p50_ns: 919694, p99_ns: 960230, max_ns: 960230, wcet_ns: 1152276}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4439873
    p50_ns: 4442631
    p99_ns: 4490297
    p999_ns: 4490297
    max_ns: 4490297
    wcet_ns: 5388357
    curve:
      - {sms: 4, runs: 30, p50_ns: 4448194, p99_ns: 4517395, max_ns: 4517395, wcet_ns: 5420874}
      - {sms: 8, runs: 30, p50_ns: 2277019, p99_ns: 2329861, max_ns: 2329861, wcet_ns: 2795834}
      - {sms: 16, runs: 30, p50_ns: 1339009, p99_ns: 1382154, max_ns: 1382154, wcet_ns: 1658585}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3117355
    p50_ns: 3120873
    p99_ns: 3164858
    p999_ns: 3164858
    max_ns: 3164858
    wcet_ns: 3797830
    curve:
      - {sms: 4, runs: 30, p50_ns: 3124435, p99_ns: 3168684, max_ns: 3168684, wcet_ns: 3802421}
      - {sms: 8, runs: 30, p50_ns: 1610855, p99_ns: 1653282, max_ns: 1653282, wcet_ns: 1983939}
      - {sms: 16, runs: 30, p50_ns: 953408, p99_ns: 995366, max_ns: 995366, wcet_ns: 1194440}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3557734
    p50_ns: 3563388
    p99_ns: 3606821
    p999_ns: 3606821
    max_ns: 3606821
    wcet_ns: 4328186
    curve:
      - {sms: 4, runs: 30, p50_ns: 3566778, p99_ns: 3622080, max_ns: 3622080, wcet_ns: 4346496}
      - {sms: 8, runs: 30, p50_ns: 1858506, p99_ns: 1907478, max_ns: 1907478, wcet_ns: 2288974}
      - {sms: 16, runs: 30, p50_ns: 1206242, p99_ns: 1250544, max_ns: 1250544, wcet_ns: 1500653}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3996964
    p50_ns: 4003075
    p99_ns: 4044697
    p999_ns: 4044697
    max_ns: 4044697
    wcet_ns: 4853637
    curve:
      - {sms: 4, runs: 30, p50_ns: 4006664, p99_ns: 4055887, max_ns: 4055887, wcet_ns: 4867065}
      - {sms: 8, runs: 30, p50_ns: 2056210, p99_ns: 2121361, max_ns: 2121361, wcet_ns: 2545634}
      - {sms: 16, runs: 30, p50_ns: 1222029, p99_ns: 1255615, max_ns: 1255615, wcet_ns: 1506738}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2235763
    p50_ns: 2240792
    p99_ns: 2325443
    p999_ns: 2325443
    max_ns: 2325443
    wcet_ns: 2790532
    curve:
      - {sms: 4, runs: 30, p50_ns: 2244538, p99_ns: 2314616, max_ns: 2314616, wcet_ns: 2777540}
      - {sms: 8, runs: 30, p50_ns: 1160824, p99_ns: 1208049, max_ns: 1208049, wcet_ns: 1449659}
      - {sms: 16, runs: 30, p50_ns: 658742, p99_ns: 696494, max_ns: 696494, wcet_ns: 835793}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 1797827
    p50_ns: 1800833
    p99_ns: 1865306
    p999_ns: 1865306
    max_ns: 1865306
    wcet_ns: 2238368
    curve:
      - {sms: 4, runs: 30, p50_ns: 1801411, p99_ns: 1922368, max_ns: 1922368, wcet_ns: 2306842}
      - {sms: 8, runs: 30, p50_ns: 955795, p99_ns: 1002501, max_ns: 1002501, wcet_ns: 1203002}
      - {sms: 16, runs: 30, p50_ns: 621475, p99_ns: 658711, max_ns: 658711, wcet_ns: 790454}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 1350565
    p50_ns: 1356713
    p99_ns: 1392721
    p999_ns: 1392721
    max_ns: 1392721
    wcet_ns: 1671266
    curve:
      - {sms: 4, runs: 30, p50_ns: 1360743, p99_ns: 1409629, max_ns: 1409629, wcet_ns: 1691555}
      - {sms: 8, runs: 30, p50_ns: 701686, p99_ns: 745569, max_ns: 745569, wcet_ns: 894683}
      - {sms: 16, runs: 30, p50_ns: 424329, p99_ns: 451888, max_ns: 451888, wcet_ns: 542266}
