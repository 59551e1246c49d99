import { LunrEngine } from '../../server/search/lunr-engine.js';
import { engineConformance } from './engine-conformance.js';

engineConformance('lunr', (docs) => LunrEngine.build(docs));
