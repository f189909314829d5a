import { openDatabase } from '../db/connection';
import { env } from '../lib/validation/env';

// Opening the database applies every pending migration.
const file = env().DATABASE_PATH;
openDatabase(file).$client.close();
console.log(`Database ${file} is up to date.`);
