// `npm run seed`: fills an empty database with the demo data.
import { configFromEnv } from '../config.js';
import { connect } from '../db/connect.js';
import { isEmpty, seedDemo } from './demo.js';

const db = await connect(configFromEnv());
if (await isEmpty(db)) {
  await seedDemo(db);
  console.log('Seeded the demo data.');
} else {
  console.log('The database already holds data; nothing seeded.');
}
await db.close();
