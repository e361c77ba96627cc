import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Link, MemoryRouter, NavLink, Outlet, Route, Routes } from './router';

function Frame() {
  return (
    <>
      <nav>
        <NavLink to="/" end>
          Start
        </NavLink>
        <NavLink to="/codes">Codes</NavLink>
      </nav>
      <main>
        <Outlet />
      </main>
    </>
  );
}

function App({ path = '/' }: { path?: string }) {
  return (
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route element={<Frame />}>
          <Route index element={<Link to="/codes/add">Add</Link>} />
          <Route path="codes" element={<h1>Codes</h1>} />
          <Route path="codes/add" element={<h1>Adding</h1>} />
          <Route path="*" element={<h1>Not found</h1>} />
        </Route>
      </Routes>
    </MemoryRouter>
  );
}

describe('the in-memory router', () => {
  it('renders the matching route in its layout, follows links and marks the current one', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(screen.getByRole('link', { name: 'Start' }).getAttribute('aria-current')).toBe('page');
    await user.click(screen.getByRole('link', { name: 'Add' }));
    expect(await screen.findByRole('heading', { name: 'Adding' })).toBeTruthy();
    // Codes is current for its sub-paths; Start (end) only for its own.
    expect(screen.getByRole('link', { name: 'Codes' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Start' }).getAttribute('aria-current')).toBeNull();
    screen.getByRole('link', { name: 'Codes' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Codes' })).toBeTruthy();
  });

  it('shows the catch-all route for any other path', () => {
    render(<App path="/nowhere" />);
    expect(screen.getByRole('heading', { name: 'Not found' })).toBeTruthy();
  });
});
