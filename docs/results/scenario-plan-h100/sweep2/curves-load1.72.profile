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
dispatch_overhead: {p50_ns: 305, p99_ns: 2942, max_ns: 13315}
device_memory: {driver_fixed: 4908187648, per_lane_context: 4194304, per_lane_cudnn: 0, per_lane_cublas: 0}
lane_sizes: [4, 8, 16]
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 876589
    p50_ns: 878843
    p99_ns: 897111
    p999_ns: 897111
    max_ns: 897111
    wcet_ns: 1076534
    curve:
      - {sms: 4, runs: 30, p50_ns: 879777, p99_ns: 890477, max_ns: 890477, wcet_ns: 1068573}
      - {sms: 8, runs: 30, p50_ns: 456030, p99_ns: 468292, max_ns: 468292, wcet_ns: 561951}
      - {sms: 16, runs: 30, p50_ns: 265951, p99_ns: 281723, max_ns: 281723, wcet_ns: 338068}
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1307574
    p50_ns: 1308720
    p99_ns: 1326995
    p999_ns: 1326995
    max_ns: 1326995
    wcet_ns: 1592394
    curve:
      - {sms: 4, runs: 30, p50_ns: 1309432, p99_ns: 1326227, max_ns: 1326227, wcet_ns: 1591473}
      - {sms: 8, runs: 30, p50_ns: 670809, p99_ns: 697098, max_ns: 697098, wcet_ns: 836518}
      - {sms: 16, runs: 30, p50_ns: 383908, p99_ns: 400475, max_ns: 400475, wcet_ns: 480570}
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 792329
    p50_ns: 794389
    p99_ns: 850818
    p999_ns: 850818
    max_ns: 850818
    wcet_ns: 1020982
    curve:
      - {sms: 4, runs: 30, p50_ns: 794305, p99_ns: 807456, max_ns: 807456, wcet_ns: 968948}
      - {sms: 8, runs: 30, p50_ns: 413910, p99_ns: 428549, max_ns: 428549, wcet_ns: 514259}
      - {sms: 16, runs: 30, p50_ns: 239829, p99_ns: 256441, max_ns: 256441, wcet_ns: 307730}
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 576780
    p50_ns: 578886
    p99_ns: 598250
    p999_ns: 598250
    max_ns: 598250
    wcet_ns: 717900
    curve:
      - {sms: 4, runs: 30, p50_ns: 579529, p99_ns: 610757, max_ns: 610757, wcet_ns: 732909}
      - {sms: 8, runs: 30, p50_ns: 305838, p99_ns: 329872, max_ns: 329872, wcet_ns: 395847}
      - {sms: 16, runs: 30, p50_ns: 182030, p99_ns: 201493, max_ns: 201493, wcet_ns: 241792}
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1914817
    p50_ns: 1916602
    p99_ns: 1934804
    p999_ns: 1934804
    max_ns: 1934804
    wcet_ns: 2321765
    curve:
      - {sms: 4, runs: 30, p50_ns: 1919730, p99_ns: 1947217, max_ns: 1947217, wcet_ns: 2336661}
      - {sms: 8, runs: 30, p50_ns: 993374, p99_ns: 1006505, max_ns: 1006505, wcet_ns: 1207806}
      - {sms: 16, runs: 30, p50_ns: 556788, p99_ns: 577612, max_ns: 577612, wcet_ns: 693135}
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1567358
    p50_ns: 1569163
    p99_ns: 1583677
    p999_ns: 1583677
    max_ns: 1583677
    wcet_ns: 1900413
    curve:
      - {sms: 4, runs: 30, p50_ns: 1568181, p99_ns: 1583930, max_ns: 1583930, wcet_ns: 1900716}
      - {sms: 8, runs: 30, p50_ns: 805865, p99_ns: 820109, max_ns: 820109, wcet_ns: 984131}
      - {sms: 16, runs: 30, p50_ns: 478067, p99_ns: 495015, max_ns: 495015, wcet_ns: 594018}
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 2173352
    p50_ns: 2176996
    p99_ns: 2219655
    p999_ns: 2219655
    max_ns: 2219655
    wcet_ns: 2663586
    curve:
      - {sms: 4, runs: 30, p50_ns: 2173841, p99_ns: 2185730, max_ns: 2185730, wcet_ns: 2622876}
      - {sms: 8, runs: 30, p50_ns: 1138022, p99_ns: 1147530, max_ns: 1147530, wcet_ns: 1377036}
      - {sms: 16, runs: 30, p50_ns: 656572, p99_ns: 665473, max_ns: 665473, wcet_ns: 798568}
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 5185550
    p50_ns: 5189729
    p99_ns: 5199898
    p999_ns: 5199898
    max_ns: 5199898
    wcet_ns: 6239878
    curve:
      - {sms: 4, runs: 30, p50_ns: 5189899, p99_ns: 5259312, max_ns: 5259312, wcet_ns: 6311175}
      - {sms: 8, runs: 30, p50_ns: 2634582, p99_ns: 2669738, max_ns: 2669738, wcet_ns: 3203686}
      - {sms: 16, runs: 30, p50_ns: 1444478, p99_ns: 1448472, max_ns: 1448472, wcet_ns: 1738167}
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3894618
    p50_ns: 3898150
    p99_ns: 3912674
    p999_ns: 3912674
    max_ns: 3912674
    wcet_ns: 4695209
    curve:
      - {sms: 4, runs: 30, p50_ns: 3899122, p99_ns: 3919014, max_ns: 3919014, wcet_ns: 4702817}
      - {sms: 8, runs: 30, p50_ns: 1986610, p99_ns: 1999878, max_ns: 1999878, wcet_ns: 2399854}
      - {sms: 16, runs: 30, p50_ns: 1092698, p99_ns: 1103340, max_ns: 1103340, wcet_ns: 1324008}
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3032319
    p50_ns: 3035191
    p99_ns: 3049554
    p999_ns: 3049554
    max_ns: 3049554
    wcet_ns: 3659465
    curve:
      - {sms: 4, runs: 30, p50_ns: 3035457, p99_ns: 3045868, max_ns: 3045868, wcet_ns: 3655042}
      - {sms: 8, runs: 30, p50_ns: 1552802, p99_ns: 1566953, max_ns: 1566953, wcet_ns: 1880344}
      - {sms: 16, runs: 30, p50_ns: 859465, p99_ns: 876020, max_ns: 876020, wcet_ns: 1051224}
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1307458
    p50_ns: 1309176
    p99_ns: 1323896
    p999_ns: 1323896
    max_ns: 1323896
    wcet_ns: 1588676
    curve:
      - {sms: 4, runs: 30, p50_ns: 1308532, p99_ns: 1318827, max_ns: 1318827, wcet_ns: 1582593}
      - {sms: 8, runs: 30, p50_ns: 670272, p99_ns: 682952, max_ns: 682952, wcet_ns: 819543}
      - {sms: 16, runs: 30, p50_ns: 383298, p99_ns: 418734, max_ns: 418734, wcet_ns: 502481}
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3034088
    p50_ns: 3035989
    p99_ns: 3050175
    p999_ns: 3050175
    max_ns: 3050175
    wcet_ns: 3660210
    curve:
      - {sms: 4, runs: 30, p50_ns: 3038174, p99_ns: 3048468, max_ns: 3048468, wcet_ns: 3658162}
      - {sms: 8, runs: 30, p50_ns: 1553380, p99_ns: 1571950, max_ns: 1571950, wcet_ns: 1886340}
      - {sms: 16, runs: 30, p50_ns: 860590, p99_ns: 868779, max_ns: 868779, wcet_ns: 1042535}
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3031543
    p50_ns: 3034476
    p99_ns: 3050268
    p999_ns: 3050268
    max_ns: 3050268
    wcet_ns: 3660322
    curve:
      - {sms: 4, runs: 30, p50_ns: 3042584, p99_ns: 3053594, max_ns: 3053594, wcet_ns: 3664313}
      - {sms: 8, runs: 30, p50_ns: 1553561, p99_ns: 1571353, max_ns: 1571353, wcet_ns: 1885624}
      - {sms: 16, runs: 30, p50_ns: 860431, p99_ns: 877045, max_ns: 877045, wcet_ns: 1052454}
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2605683
    p50_ns: 2610278
    p99_ns: 2625580
    p999_ns: 2625580
    max_ns: 2625580
    wcet_ns: 3150696
    curve:
      - {sms: 4, runs: 30, p50_ns: 2610762, p99_ns: 2630320, max_ns: 2630320, wcet_ns: 3156384}
      - {sms: 8, runs: 30, p50_ns: 1364125, p99_ns: 1377374, max_ns: 1377374, wcet_ns: 1652849}
      - {sms: 16, runs: 30, p50_ns: 883039, p99_ns: 893872, max_ns: 893872, wcet_ns: 1072647}
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3463837
    p50_ns: 3466252
    p99_ns: 3482130
    p999_ns: 3482130
    max_ns: 3482130
    wcet_ns: 4178556
    curve:
      - {sms: 4, runs: 30, p50_ns: 3468672, p99_ns: 3491705, max_ns: 3491705, wcet_ns: 4190046}
      - {sms: 8, runs: 30, p50_ns: 1798436, p99_ns: 1810383, max_ns: 1810383, wcet_ns: 2172460}
      - {sms: 16, runs: 30, p50_ns: 1056021, p99_ns: 1062666, max_ns: 1062666, wcet_ns: 1275200}
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2167846
    p50_ns: 2171218
    p99_ns: 2187841
    p999_ns: 2187841
    max_ns: 2187841
    wcet_ns: 2625410
    curve:
      - {sms: 4, runs: 30, p50_ns: 2173079, p99_ns: 2187680, max_ns: 2187680, wcet_ns: 2625216}
      - {sms: 8, runs: 30, p50_ns: 1110034, p99_ns: 1125218, max_ns: 1125218, wcet_ns: 1350262}
      - {sms: 16, runs: 30, p50_ns: 747808, p99_ns: 756520, max_ns: 756520, wcet_ns: 907824}
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 5177926
    p50_ns: 5182138
    p99_ns: 5193948
    p999_ns: 5193948
    max_ns: 5193948
    wcet_ns: 6232738
    curve:
      - {sms: 4, runs: 30, p50_ns: 5186975, p99_ns: 5204420, max_ns: 5204420, wcet_ns: 6245304}
      - {sms: 8, runs: 30, p50_ns: 2672699, p99_ns: 2688227, max_ns: 2688227, wcet_ns: 3225873}
      - {sms: 16, runs: 30, p50_ns: 1713526, p99_ns: 1717988, max_ns: 1717988, wcet_ns: 2061586}
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 8612547
    p50_ns: 8619308
    p99_ns: 8630286
    p999_ns: 8630286
    max_ns: 8630286
    wcet_ns: 10356344
    curve:
      - {sms: 4, runs: 30, p50_ns: 8627297, p99_ns: 8637488, max_ns: 8637488, wcet_ns: 10364986}
      - {sms: 8, runs: 30, p50_ns: 4375626, p99_ns: 4400111, max_ns: 4400111, wcet_ns: 5280134}
      - {sms: 16, runs: 30, p50_ns: 2545944, p99_ns: 2728728, max_ns: 2728728, wcet_ns: 3274474}
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 6041969
    p50_ns: 6045410
    p99_ns: 6088047
    p999_ns: 6088047
    max_ns: 6088047
    wcet_ns: 7305657
    curve:
      - {sms: 4, runs: 30, p50_ns: 6048956, p99_ns: 6102852, max_ns: 6102852, wcet_ns: 7323423}
      - {sms: 8, runs: 30, p50_ns: 3077517, p99_ns: 3089004, max_ns: 3089004, wcet_ns: 3706805}
      - {sms: 16, runs: 30, p50_ns: 1789082, p99_ns: 1799582, max_ns: 1799582, wcet_ns: 2159499}
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 6902519
    p50_ns: 6906907
    p99_ns: 6931461
    p999_ns: 6931461
    max_ns: 6931461
    wcet_ns: 8317754
    curve:
      - {sms: 4, runs: 30, p50_ns: 6913994, p99_ns: 6923716, max_ns: 6923716, wcet_ns: 8308460}
      - {sms: 8, runs: 30, p50_ns: 3559810, p99_ns: 3575250, max_ns: 3575250, wcet_ns: 4290300}
      - {sms: 16, runs: 30, p50_ns: 2288159, p99_ns: 2302543, max_ns: 2302543, wcet_ns: 2763052}
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 7762645
    p50_ns: 7766127
    p99_ns: 7808639
    p999_ns: 7808639
    max_ns: 7808639
    wcet_ns: 9370367
    curve:
      - {sms: 4, runs: 30, p50_ns: 7771878, p99_ns: 7788193, max_ns: 7788193, wcet_ns: 9345832}
      - {sms: 8, runs: 30, p50_ns: 3946200, p99_ns: 4027515, max_ns: 4027515, wcet_ns: 4833018}
      - {sms: 16, runs: 30, p50_ns: 2316426, p99_ns: 2325232, max_ns: 2325232, wcet_ns: 2790279}
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 4320789
    p50_ns: 4324129
    p99_ns: 4347810
    p999_ns: 4347810
    max_ns: 4347810
    wcet_ns: 5217372
    curve:
      - {sms: 4, runs: 30, p50_ns: 4328967, p99_ns: 4342405, max_ns: 4342405, wcet_ns: 5210886}
      - {sms: 8, runs: 30, p50_ns: 2201596, p99_ns: 2222814, max_ns: 2222814, wcet_ns: 2667377}
      - {sms: 16, runs: 30, p50_ns: 1212289, p99_ns: 1220708, max_ns: 1220708, wcet_ns: 1464850}
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3464620
    p50_ns: 3468225
    p99_ns: 3481452
    p999_ns: 3481452
    max_ns: 3481452
    wcet_ns: 4177743
    curve:
      - {sms: 4, runs: 30, p50_ns: 3469758, p99_ns: 3481450, max_ns: 3481450, wcet_ns: 4177740}
      - {sms: 8, runs: 30, p50_ns: 1800992, p99_ns: 1826076, max_ns: 1826076, wcet_ns: 2191292}
      - {sms: 16, runs: 30, p50_ns: 1164247, p99_ns: 1181664, max_ns: 1181664, wcet_ns: 1417997}
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2598526
    p50_ns: 2600534
    p99_ns: 2626076
    p999_ns: 2626076
    max_ns: 2626076
    wcet_ns: 3151292
    curve:
      - {sms: 4, runs: 30, p50_ns: 2603955, p99_ns: 2621437, max_ns: 2621437, wcet_ns: 3145725}
      - {sms: 8, runs: 30, p50_ns: 1322537, p99_ns: 1339188, max_ns: 1339188, wcet_ns: 1607026}
      - {sms: 16, runs: 30, p50_ns: 780841, p99_ns: 788214, max_ns: 788214, wcet_ns: 945857}
