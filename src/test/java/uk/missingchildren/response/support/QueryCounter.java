package uk.missingchildren.response.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the service prepares while it answers web requests (on the server's
 * request threads only, so scheduled jobs running at the same time are not counted). Tests send one
 * request at a time and read the count, so a page that reads once per row cannot come back.
 */
public class QueryCounter implements BeanPostProcessor {

  private static final Set<String> STATEMENTS =
      Set.of("prepareStatement", "prepareCall", "createStatement");
  private static final AtomicLong ON_REQUEST_THREADS = new AtomicLong();

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    return bean instanceof DataSource dataSource && !(bean instanceof Counting)
        ? new Counting(dataSource)
        : bean;
  }

  /** The statements prepared while {@code request} ran. */
  public long during(Supplier<?> request) {
    long before = ON_REQUEST_THREADS.get();
    request.get();
    return ON_REQUEST_THREADS.get() - before;
  }

  /**
   * The fewest statements of two identical requests, so a once-a-minute session write that happens
   * to fall on one of them does not make the count flicker.
   */
  public long fewestOfTwo(Supplier<?> request) {
    return Math.min(during(request), during(request));
  }

  private static final class Counting extends DelegatingDataSource {

    Counting(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return counted(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return counted(super.getConnection(username, password));
    }

    private static Connection counted(Connection connection) {
      return (Connection)
          Proxy.newProxyInstance(
              QueryCounter.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                if (STATEMENTS.contains(method.getName())
                    && Thread.currentThread().getName().contains("-exec-")) {
                  ON_REQUEST_THREADS.incrementAndGet();
                }
                try {
                  return method.invoke(connection, args);
                } catch (InvocationTargetException thrown) {
                  throw thrown.getCause();
                }
              });
    }
  }
}
