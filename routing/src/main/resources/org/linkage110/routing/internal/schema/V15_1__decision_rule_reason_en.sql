-- A decision rule says why in English too, so the portal in English shows the proposal's reason in
-- English (NULL: the rule has its Chinese reason only, which is shown then). An order keeps the
-- English reason of the rule that proposed it, as it keeps the Chinese one.
ALTER TABLE routing_decision_rule
    ADD COLUMN reason_en VARCHAR(500) NULL AFTER reason_zh;
ALTER TABLE routing_order
    ADD COLUMN proposed_reason_en VARCHAR(500) NULL AFTER proposed_reason;

UPDATE routing_decision_rule SET reason_en = CASE rule_id
    WHEN 'POLICE_FIRST' THEN 'The police must act first in an emergency; the lead unit and several others come to the scene to work with them (003 IV (1) 2)'
    WHEN 'DISPUTE_MAY_ESCALATE' THEN 'A dispute on the scene may escalate: 110 sends police first, and the lead and co-units arrive at the same time (003 IV (1) 2)'
    WHEN 'UTILITY_DANGER' THEN 'A danger at a public utility (water, power, gas, heating) threatens public safety, people and property, or daily life and work (003 IV (1) 2)'
    WHEN 'EMERGENCY_DANGER' THEN 'An emergency threatens safety: the lead unit and several others come to the scene and handle it together (003 IV (1) 2)'
    WHEN 'GAS_OR_CHEMICAL_LEAK' THEN 'A gas leak is a danger in itself: joint handling (003 IV (1) 2)'
    WHEN 'CHEMICAL_LEAK' THEN 'A hazardous-chemical leak is a danger in itself: joint handling (003 IV (1) 2)'
    WHEN 'DANGER_NO_POLICE' THEN 'Life, property or public safety is at risk but no police need act first: the social governance centre sends the department and the sub-district to the scene at once (000 immediate handling)'
    WHEN 'UTILITY_FAILURE' THEN 'A public utility has failed with no danger and a clear lead unit: the lead unit is told to handle it at once (003 IV (1) 1, 000 immediate handling)'
    WHEN 'EMERGENCY_NO_DANGER' THEN 'An emergency with no danger on the scene and a clear lead unit: the lead unit is told to handle it at once (003 IV (1) 1, 000 immediate handling)'
    WHEN 'DEFAULT_SOURCE_DIVERSION' THEN 'No dispute on the scene, no danger, not urgent and a clear lead unit: diverted at the source to 12345 (003 IV (1) 1, 000 no immediate handling needed)'
    END
WHERE rule_id IN ('POLICE_FIRST', 'DISPUTE_MAY_ESCALATE', 'UTILITY_DANGER', 'EMERGENCY_DANGER', 'GAS_OR_CHEMICAL_LEAK',
                  'CHEMICAL_LEAK', 'DANGER_NO_POLICE', 'UTILITY_FAILURE', 'EMERGENCY_NO_DANGER', 'DEFAULT_SOURCE_DIVERSION')
  AND reason_en IS NULL;

UPDATE routing_order
    JOIN routing_decision_rule ON routing_decision_rule.rule_id = routing_order.proposed_rule
SET routing_order.proposed_reason_en = routing_decision_rule.reason_en
WHERE routing_order.proposed_reason = routing_decision_rule.reason_zh;
