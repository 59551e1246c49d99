import { LunrEngine } from '../../server/search/lunr-engine.js';
import { Fts5Engine } from '../../server/search/fts5-engine.js';
import { engineConformance } from './engine-conformance.js';

engineConformance('lunr', (docs) => LunrEngine.build(docs));
engineConformance('fts5', (docs) => Fts5Engine.build(docs));
