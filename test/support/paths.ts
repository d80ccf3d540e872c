import path from 'node:path';
import { PROJECT_ROOT } from '../../runtime/config.js';

export const EXAMPLE = path.join(PROJECT_ROOT, 'examples', 'regulations', 'b2b-basic.yaml');
