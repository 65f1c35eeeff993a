import { actionServices } from '../platform/services.js';
import { runStep } from '../steps/run-step.js';
import { stepMain } from '../steps/step-main.js';

const services = actionServices();
void stepMain(services.io, () => runStep(services));
