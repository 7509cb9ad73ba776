# AegisRT WCET profile, written by 'aegisrt profile'; read by 'aegisrt admit|run
# --wcet-profile' (include/aegis/profile.h). Times in ns: execution = finish -
# start of each job run alone, back to back; wcet = ceil(max * margin);
# dispatch_overhead = start - release over every job.
version: 1
workload: "examples/edge-24-onnx.yaml"
device: "cuda"
device_name: "NVIDIA H200"
device_profile: "orin-agx-8g"
lanes: 4
runs: 30
margin: 1.2
dispatch_overhead: {p50_ns: 477, p99_ns: 5164, max_ns: 10315}
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1358676
    p50_ns: 1362980
    p99_ns: 1372130
    p999_ns: 1372130
    max_ns: 1372130
    wcet_ns: 1646556
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1361380
    p50_ns: 1363607
    p99_ns: 1390487
    p999_ns: 1390487
    max_ns: 1390487
    wcet_ns: 1668585
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1360582
    p50_ns: 1363617
    p99_ns: 1370041
    p999_ns: 1370041
    max_ns: 1370041
    wcet_ns: 1644050
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1360776
    p50_ns: 1362926
    p99_ns: 1376861
    p999_ns: 1376861
    max_ns: 1376861
    wcet_ns: 1652234
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1356879
    p50_ns: 1358349
    p99_ns: 1364231
    p999_ns: 1364231
    max_ns: 1364231
    wcet_ns: 1637078
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 2087696
    p50_ns: 2088476
    p99_ns: 2096248
    p999_ns: 2096248
    max_ns: 2096248
    wcet_ns: 2515498
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 3265779
    p50_ns: 3268159
    p99_ns: 3275506
    p999_ns: 3275506
    max_ns: 3275506
    wcet_ns: 3930608
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 6097221
    p50_ns: 6101155
    p99_ns: 6111016
    p999_ns: 6111016
    max_ns: 6111016
    wcet_ns: 7333220
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3293866
    p50_ns: 3300003
    p99_ns: 3314079
    p999_ns: 3314079
    max_ns: 3314079
    wcet_ns: 3976895
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3295107
    p50_ns: 3300620
    p99_ns: 3417634
    p999_ns: 3417634
    max_ns: 3417634
    wcet_ns: 4101161
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1378182
    p50_ns: 1379852
    p99_ns: 1390103
    p999_ns: 1390103
    max_ns: 1390103
    wcet_ns: 1668124
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3297453
    p50_ns: 3299782
    p99_ns: 3309163
    p999_ns: 3309163
    max_ns: 3309163
    wcet_ns: 3970996
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3296827
    p50_ns: 3300022
    p99_ns: 3312821
    p999_ns: 3312821
    max_ns: 3312821
    wcet_ns: 3975386
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2115738
    p50_ns: 2120202
    p99_ns: 2143785
    p999_ns: 2143785
    max_ns: 2143785
    wcet_ns: 2572542
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 5806718
    p50_ns: 5810640
    p99_ns: 5819431
    p999_ns: 5819431
    max_ns: 5819431
    wcet_ns: 6983318
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1384526
    p50_ns: 1386967
    p99_ns: 1400500
    p999_ns: 1400500
    max_ns: 1400500
    wcet_ns: 1680600
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 6107193
    p50_ns: 6113230
    p99_ns: 6130926
    p999_ns: 6130926
    max_ns: 6130926
    wcet_ns: 7357112
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5799801
    p50_ns: 5803645
    p99_ns: 5830173
    p999_ns: 5830173
    max_ns: 5830173
    wcet_ns: 6996208
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5798772
    p50_ns: 5802593
    p99_ns: 5809825
    p999_ns: 5809825
    max_ns: 5809825
    wcet_ns: 6971790
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 8184981
    p50_ns: 8198849
    p99_ns: 8209031
    p999_ns: 8209031
    max_ns: 8209031
    wcet_ns: 9850838
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 8170678
    p50_ns: 8175239
    p99_ns: 8182457
    p999_ns: 8182457
    max_ns: 8182457
    wcet_ns: 9818949
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3283443
    p50_ns: 3285412
    p99_ns: 3293572
    p999_ns: 3293572
    max_ns: 3293572
    wcet_ns: 3952287
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2100172
    p50_ns: 2101945
    p99_ns: 2112065
    p999_ns: 2112065
    max_ns: 2112065
    wcet_ns: 2534478
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5787398
    p50_ns: 5790710
    p99_ns: 5812048
    p999_ns: 5812048
    max_ns: 5812048
    wcet_ns: 6974458
