import { sqliteStores, useTestApi } from '../testing/test-api';

describe('Removing a debtor contact detail over HTTP', () => {
  const api = useTestApi(sqliteStores);
  const asAcme = () => ({ Authorization: api().acme });
  const get = (path: string) => api().http.get(path).set(asAcme());
  const save = (debtorId: string, body: object) =>
    api().http.put(`/debtors/${debtorId}`).set(asAcme()).send(body);
  const jansen = { name: 'Jansen Installatietechniek B.V.', kind: 'business' };

  it('forgets a detail given as null, in the debtor and on its call sheet', async () => {
    await save('jansen', {
      ...jansen,
      contactPerson: 'Karel Smit',
      email: 'k.smit@jansen.nl',
      phone: '020 1234567',
    }).expect(201);

    const removed = await save('jansen', { ...jansen, contactPerson: null, email: null }).expect(
      200,
    );
    expect(removed.body).toMatchObject({
      contactPerson: null,
      email: null,
      phone: '020 1234567',
      recorded: ['ContactDetailsRemoved'],
    });

    const debtor = await get('/debtors/jansen').expect(200);
    expect(debtor.body).toMatchObject({ contactPerson: null, email: null, phone: '020 1234567' });
    const sheet = await get('/debtors/jansen/call-sheet').expect(200);
    expect(sheet.body.contact).toMatchObject({
      contactPerson: null,
      email: null,
      phone: '020 1234567',
    });

    const history = await save('jansen', { ...jansen, email: null }).expect(200);
    expect(history.body.recorded).toEqual([]);
  });

  it('registers a new debtor without the details given as null', async () => {
    const created = await save('de-korf', {
      name: 'Bakkerij De Korf',
      kind: 'business',
      contactPerson: null,
      email: null,
      phone: null,
    }).expect(201);
    expect(created.body).toMatchObject({
      contactPerson: null,
      email: null,
      phone: null,
      recorded: ['DebtorRegistered'],
    });
    // Read back from the stream: a null stored in the registration would not decode.
    const stored = await get('/debtors/de-korf').expect(200);
    expect(stored.body).toMatchObject({ contactPerson: null, email: null, phone: null });
  });

  it('still refuses an empty contact person', async () => {
    const refused = await save('jansen', { ...jansen, contactPerson: '' }).expect(400);
    expect(JSON.stringify(refused.body)).toContain('contactPerson');
  });
});
