import { actionServices } from '../platform/services.js';
import { reportStep } from '../steps/report-step.js';
import { stepMain } from '../steps/step-main.js';

const services = actionServices();
void stepMain(services.io, () => reportStep(services));
