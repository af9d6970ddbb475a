/**
 * Reading a call's Chinese description: the words and character pairs it is made of
 * ({@link org.linkage110.intake.internal.reading.CallFeatures}), the item model trained from the
 * corpus at build time ({@link org.linkage110.intake.internal.reading.ItemModel},
 * {@link org.linkage110.intake.internal.reading.ModelTraining}), and the cues of danger, dispute,
 * utilities and police business with negation, reassurance and time
 * ({@link org.linkage110.intake.internal.reading.CueReader}).
 */
package org.linkage110.intake.internal.reading;
