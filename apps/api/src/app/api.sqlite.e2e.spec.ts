import { describeApiE2e } from '../testing/api-e2e-suite';
import { sqliteStores } from '../testing/test-api';

describeApiE2e('SQLite', sqliteStores);
