/**
 * Manager assessment, 考核 (SPEC R12.3; issue 16 point 7): per manager and month (or quarter) contact frequency, task
 * completion and timeliness, retention outcome (the closed loop) and customer satisfaction, each scored 0–100 and
 * combined with the weights in the settings; ranked per team. Managers' training records (course, date, result, hours).
 * {@link dev.retain.app.assessment.ManagerAssessment} is the entry for pages and the monthly report.
 */
package dev.retain.app.assessment;
