import { actionServices } from '../platform/services.js';
import { planStep } from '../steps/plan-step.js';
import { stepMain } from '../steps/step-main.js';

const services = actionServices();
void stepMain(services.io, () => planStep(services));
